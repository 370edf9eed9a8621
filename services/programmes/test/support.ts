import type { Role } from '@passerelle/auth';
import type { DatabaseTarget } from '@passerelle/db';
import { bearer, launchSubgraphUnderTest, type GraphQLResponse, type SubgraphUnderTest } from '@passerelle/testing';
import { programmesSubgraph } from '../src/subgraph';

export interface ProgrammesUnderTest extends SubgraphUnderTest {
  /** Asks as a signed-in user with these roles (a token signed with the test secret). */
  askAs<Data = Record<string, unknown>>(roles: Role[], query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /** Asks with exactly these HTTP headers: made-up identities, broken tokens. */
  askWith<Data = Record<string, unknown>>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  /** Rows in a table, read straight from the database. */
  rowCount(table: string): Promise<number>;
}

/**
 * The seeded programmes subgraph on a fresh database, over real HTTP, its SQL counted, verifying
 * tokens as in production; with its change feed running when `options.workers` is set.
 */
export async function launchProgrammes(
  target: DatabaseTarget,
  options: { workers?: boolean; env?: Record<string, string> } = {},
): Promise<ProgrammesUnderTest> {
  const underTest = await launchSubgraphUnderTest(programmesSubgraph, target, options);
  return {
    ...underTest,
    askAs: async (roles, query, variables = {}) => underTest.ask(query, variables, await bearer(roles)),
    askWith: (headers, query, variables = {}) => underTest.ask(query, variables, headers),
    rowCount: async (table) => {
      const [row] = await underTest.subgraph.dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row!.n);
    },
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
