import { QueryCounter } from '@passerelle/db';
import {
  launchSubgraphUnderTest,
  serviceProcessDatabase,
  type ProcessDatabase,
  type SubgraphUnderTest,
  type TestDatabase,
} from '@passerelle/testing';
import { offersSubgraph } from '../src/subgraph';

export interface OfferNode {
  id: string;
  [field: string]: unknown;
}

export interface OffersPage {
  offers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: OfferNode }[];
  };
}

export const LIST = /* GraphQL */ `
  query List($filter: OfferFilter, $first: Int, $after: String, $orderBy: OfferOrder) {
    offers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`;

export const SEED_IDS = {
  undp: 'undp-stabilisation-coordination-2020',
  unWomen: 'un-women-mali-jpo-2015',
  intersos: 'intersos-drc-protection-coordinator-2023',
  unops: 'unops-haiti-community-mobilisation-2017',
} as const;

/**
 * A seeded offers subgraph on a fresh database for the suite, and helpers to ask it things;
 * with its change feed running when `options.workers` is set, configured by `options.env`.
 */
export function useOffersSubgraph(
  database: TestDatabase,
  options: { workers?: boolean; env?: Record<string, string>; production?: boolean } = {},
) {
  const queries = new QueryCounter();
  let underTest: SubgraphUnderTest;

  beforeAll(async () => {
    underTest = await launchSubgraphUnderTest(offersSubgraph, database.create(), { queries, ...options });
  });
  afterAll(() => underTest.subgraph.stop());

  /** Asks anonymously, or as the bearer of `headers` (see `bearer` in @passerelle/testing). */
  const ask = <Data>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    underTest.ask<Data>(query, variables, headers);

  /** The ids `offers` lists for a filter (and ordering), in order; fails on any error. */
  const ids = async (filter: Record<string, unknown>, orderBy?: string, headers: Record<string, string> = {}): Promise<string[]> => {
    const response = await ask<OffersPage>(LIST, { filter, first: 100, orderBy }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.offers.edges.map((edge) => edge.node.id);
  };

  /** The first error's extensions for a request expected to fail. */
  const errorOf = async (query: string, variables: Record<string, unknown>) => (await ask(query, variables)).errors?.[0]?.extensions;

  return { ask, ids, errorOf, queries, subgraph: () => underTest.subgraph };
}

/** Where the offers process keeps its database: a SQLite file of the test's, or a database of its own on MYSQL_URL. */
export const processDatabase = (kind: 'sqlite' | 'mysql'): ProcessDatabase => serviceProcessDatabase('offers', kind);
