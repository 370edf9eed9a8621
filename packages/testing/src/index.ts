export { describeEachDatabase, testDatabaseTargets, type TestDatabase } from './databases';
export { graphql, type GraphQLResponse } from './graphql-client';
export { silentLogger } from './silent-logger';
export { tableSnapshot } from './table-checksum';
export { refusalOf, type Refusal } from './refusal';
export { TEST_JWT_SECRET, testAuthenticator, bearer, tokenWithoutExpiry } from './identities';
export { launchSubgraphUnderTest, type SubgraphUnderTest } from './subgraph-under-test';
export {
  freePort,
  killService,
  serviceProcessDatabase,
  spawnService,
  waitUntilHealthy,
  type ProcessDatabase,
  type ServiceProcess,
} from './processes';
export { describeWithBroker, testBroker, TEST_NATS_URL, type TestBroker } from './broker';
export { useProductionProcess, type ProductionProcess } from './production-process';
