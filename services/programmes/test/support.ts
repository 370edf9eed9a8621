import { mintToken, type Role } from '@passerelle/auth';
import { QueryCounter, type DatabaseTarget } from '@passerelle/db';
import { launchSubgraph, type RunningSubgraph } from '@passerelle/subgraph-kit';
import { graphql, silentLogger, type GraphQLResponse } from '@passerelle/testing';
import { programmesSubgraph } from '../src/subgraph';

export interface ProgrammesUnderTest {
  subgraph: RunningSubgraph;
  queries: QueryCounter;
  ask<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Asks as a signed-in user with these roles (a development token). */
  askAs<Data = Record<string, unknown>>(
    roles: Role[],
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Rows in a table, read straight from the database. */
  rowCount(table: string): Promise<number>;
}

/** The seeded programmes subgraph on a fresh database, over real HTTP, its SQL counted. */
export async function launchProgrammes(target: DatabaseTarget): Promise<ProgrammesUnderTest> {
  const queries = new QueryCounter();
  const subgraph = await launchSubgraph(programmesSubgraph, {
    target,
    port: 0,
    production: false,
    logger: silentLogger,
    seed: true,
    queryLogger: queries,
  });
  return {
    subgraph,
    queries,
    ask: (query, variables = {}) => graphql(subgraph.url, query, variables),
    askAs: async (roles, query, variables = {}) =>
      graphql(subgraph.url, query, variables, { authorization: `Bearer ${await mintToken({ subject: 'test', roles })}` }),
    rowCount: async (table) => {
      const [row] = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
  };
}

export const RECORD = /* GraphQL */ `
  mutation Record($input: RecordContributionInput!) {
    recordContribution(input: $input) { id donor { id } programme { id } amount { amount currency } status date }
  }
`;
