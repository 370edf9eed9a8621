export { describeEachDatabase, testDatabaseTargets, type TestDatabase } from './databases';
export { graphql, type GraphQLResponse } from './graphql-client';
export { silentLogger } from './silent-logger';
