import { foldForSearch, inTransaction } from '@passerelle/db';
import { describeEachDatabase, graphql, launchSubgraphUnderTest } from '@passerelle/testing';
import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { generateOrganisations } from '../../../infra/bench/src/dataset/organisations';
import type { OrganisationRow } from '../../../infra/bench/src/dataset/rows';
import { DEFAULT_SEED, specFor } from '../../../infra/bench/src/dataset/spec';
import { searchTextOf } from '../src/organisations/organisation-reads';
import { organisationsSubgraph } from '../src/subgraph';

/** The benchmark's 5,000 organisations, made by its generator with this service's own text functions. */
const BENCH_ROWS = generateOrganisations(specFor(DEFAULT_SEED, 1, '2026-01-01'), { searchTextOf, foldForSearch }).rows;

interface Node {
  id: string;
  name: string;
  acronym: string | null;
  aliases: string[];
}
interface Page {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
}

const LIST = /* GraphQL */ `
  query List($search: String, $first: Int, $after: String) {
    organisations(filter: { search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acronym
          aliases
        }
      }
    }
  }
`;

/**
 * What a search must answer, worked out here from the rows rather than in SQL: the rows
 * whose names contain it, an exact name, acronym or alias first, then names beginning with
 * it, then the rest, each tier by folded name then id (byte-wise, as both databases compare).
 */
function expectedOrder(rows: OrganisationRow[], search: string): string[] {
  const folded = foldForSearch(search);
  const tierOf = (row: OrganisationRow) => {
    const names = [row.name, row.acronym ?? '', ...(JSON.parse(row.aliases) as string[])].map(foldForSearch);
    return names.includes(folded) ? 0 : names.some((name) => name.startsWith(folded)) ? 1 : 2;
  };
  const byteWise = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .filter((row) => row.search_text.includes(folded))
    .map((row) => ({ row, tier: tierOf(row) }))
    .sort((a, b) => a.tier - b.tier || byteWise(a.row.sort_name, b.row.sort_name) || byteWise(a.row.id, b.row.id))
    .map(({ row }) => row.id);
}

async function loadRows(subgraph: RunningSubgraph, rows: OrganisationRow[]): Promise<void> {
  const columns = Object.keys(rows[0]!);
  await inTransaction(subgraph.dataSource, async (manager) => {
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      const placeholders = batch.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await manager.query(
        `INSERT INTO organisations (${columns.join(', ')}) VALUES ${placeholders}`,
        batch.flatMap((row) => columns.map((column) => row[column])),
      );
    }
  });
}

describeEachDatabase('organisations', 'organisation search on the benchmark’s 5,000 organisations', (database) => {
  let subgraph: RunningSubgraph;
  const ask = (variables: Record<string, unknown>) => graphql<Page>(subgraph.url, LIST, variables);

  /** Every page of a search, `first` at a time, with the total each page gave. */
  async function pageThrough(search: string, first: number): Promise<{ ids: string[]; totalCounts: Set<number>; pages: number }> {
    const ids: string[] = [];
    const totalCounts = new Set<number>();
    let after: string | null = null;
    let pages = 0;
    do {
      const response = await ask({ search, first, after });
      expect(response.errors).toBeUndefined();
      const page: Page['organisations'] = response.data!.organisations;
      ids.push(...page.edges.map((edge) => edge.node.id));
      totalCounts.add(page.totalCount);
      pages += 1;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages < 200);
    return { ids, totalCounts, pages };
  }

  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create(), { seed: false }));
    await loadRows(subgraph, BENCH_ROWS);
  });
  afterAll(() => subgraph.stop());

  it('holds the benchmark’s organisations', async () => {
    expect(BENCH_ROWS).toHaveLength(5000);
    expect((await ask({ first: 0 })).data?.organisations.totalCount).toBe(5000);
  });

  it.each([
    ['an acronym', 'UNOPS', { acronym: 'UNOPS' }],
    ['an acronym in another case', 'unicef', { acronym: 'UNICEF' }],
    ['a name', 'World Food Programme', { name: 'World Food Programme' }],
    ['an alias, without its accents', 'Fonds des Nations Unies pour l’enfance', { acronym: 'UNICEF' }],
    ['a mission’s acronym', 'monusco', { acronym: 'MONUSCO' }],
  ])('lists the organisation whose %s is searched for first', async (_, search, first) => {
    const response = await ask({ search, first: 5 });
    expect(response.data?.organisations.edges[0]?.node).toMatchObject(first);
  });

  it.each([
    ['UNOPS', 7],
    ['unicef', 25],
    ['undp', 40],
    ['united nations', 10],
    ['bureau', 100],
  ])('answers "%s" in ranked order, and %i at a time its pages continue without overlap or gap', async (search, first) => {
    const expected = expectedOrder(BENCH_ROWS, search);
    expect(expected.length).toBeGreaterThan(first);
    const { ids, totalCounts, pages } = await pageThrough(search, first);
    expect(ids).toEqual(expected);
    expect([...totalCounts]).toEqual([expected.length]);
    expect(pages).toBe(Math.ceil(expected.length / first));
  });
});
