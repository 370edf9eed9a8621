import type { Role } from '@passerelle/auth';
import { QueryCounter, type DatabaseTarget } from '@passerelle/db';
import { launchSubgraph, type RunningSubgraph } from '@passerelle/subgraph-kit';
import { bearer, graphql, silentLogger, tableSnapshot, testAuthenticator, type GraphQLResponse } from '@passerelle/testing';
import { programmesSubgraph } from '../src/subgraph';

type Snapshot = Awaited<ReturnType<typeof tableSnapshot>>;

export interface ProgrammesUnderTest {
  subgraph: RunningSubgraph;
  queries: QueryCounter;
  ask<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Asks as a signed-in user with these roles (a token signed with the test secret). */
  askAs<Data = Record<string, unknown>>(
    roles: Role[],
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Asks with exactly these HTTP headers: made-up identities, broken tokens. */
  askWith<Data = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Rows in a table, read straight from the database. */
  rowCount(table: string): Promise<number>;
  /** Row count and checksum of every table the service owns: equal snapshots mean nothing was written. */
  snapshot(): Promise<Snapshot>;
}

/** The seeded programmes subgraph on a fresh database, over real HTTP, its SQL counted, verifying tokens as in production. */
export async function launchProgrammes(target: DatabaseTarget): Promise<ProgrammesUnderTest> {
  const queries = new QueryCounter();
  const subgraph = await launchSubgraph(programmesSubgraph, {
    target,
    port: 0,
    production: false,
    logger: silentLogger,
    seed: true,
    queryLogger: queries,
    authenticate: testAuthenticator,
  });
  const tables = subgraph.dataSource.entityMetadatas.map((entity) => entity.tableName).sort();
  return {
    subgraph,
    queries,
    ask: (query, variables = {}) => graphql(subgraph.url, query, variables),
    askAs: async (roles, query, variables = {}) => graphql(subgraph.url, query, variables, await bearer(roles)),
    askWith: (headers, query, variables = {}) => graphql(subgraph.url, query, variables, headers),
    rowCount: async (table) => {
      const [row] = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
    snapshot: () => tableSnapshot(subgraph.dataSource, tables),
  };
}

export const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

const CONTRIBUTION_FIELDS = 'id donor { id } programme { id } amount { amount currency } status date source excerpt version';

export const RECORD = /* GraphQL */ `
  mutation Record($input: RecordContributionInput!) {
    recordContribution(input: $input) { ${CONTRIBUTION_FIELDS} }
  }
`;

export const READ = /* GraphQL */ `
  query Read($id: ID!) {
    contribution(id: $id) { ${CONTRIBUTION_FIELDS} }
  }
`;

export const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateContributionInput!, $expectedVersion: Int!) {
    updateContribution(id: $id, input: $input, expectedVersion: $expectedVersion) { ${CONTRIBUTION_FIELDS} }
  }
`;

export interface ContributionValue {
  id: string;
  donor: { id: string };
  programme: { id: string };
  amount: { amount: string; currency: string } | null;
  status: string;
  date: string | null;
  source: string | null;
  excerpt: string | null;
  version: number;
}
