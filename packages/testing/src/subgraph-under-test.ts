import { QueryCounter, type DatabaseTarget } from '@passerelle/db';
import { launchSubgraph, type RequestContextBase, type RunningSubgraph, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { graphql, type GraphQLResponse } from './graphql-client';
import { testAuthenticator } from './identities';
import { silentLogger } from './silent-logger';
import { tableSnapshot } from './table-checksum';

export interface SubgraphUnderTest {
  subgraph: RunningSubgraph;
  /** Every SQL statement the subgraph sends; `reset()` before the request you measure. */
  queries: QueryCounter;
  /** Asks over real HTTP, anonymously or with the given headers (see `bearer`). */
  ask<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Row count and checksum of every table the service owns: equal snapshots mean nothing was written. */
  snapshot(): ReturnType<typeof tableSnapshot>;
}

/**
 * A subgraph as tests need it: seeded (unless `seed: false`), on a database of its own, over real HTTP, its
 * SQL counted, verifying tokens signed with the test secret (production rules).
 */
export async function launchSubgraphUnderTest<Context extends RequestContextBase>(
  definition: SubgraphDefinition<Context>,
  target: DatabaseTarget,
  options: { production?: boolean; queries?: QueryCounter; seed?: boolean; env?: Record<string, string>; workers?: boolean } = {},
): Promise<SubgraphUnderTest> {
  const queries = options.queries ?? new QueryCounter();
  const subgraph = await launchSubgraph(definition, {
    target,
    port: 0,
    production: options.production ?? false,
    logger: silentLogger,
    seed: options.seed ?? true,
    queryLogger: queries,
    authenticate: testAuthenticator,
    env: options.env,
    workers: options.workers,
  });
  const tables = subgraph.dataSource.entityMetadatas.map((entity) => entity.tableName).sort();
  return {
    subgraph,
    queries,
    ask: (query, variables = {}, headers = {}) => graphql(subgraph.url, query, variables, headers),
    snapshot: () => tableSnapshot(subgraph.dataSource, tables),
  };
}
