import './apollo-dev-mode';
import { format } from 'node:util';
import { ApolloClient, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { startGraph, type RunningGraph } from '../../../gateway/test/support/graph';
import { createCache } from '../src/cache';
import {
  JobBoardFacetsDocument,
  JobBoardOffersDocument,
  OfferDetailDocument,
  OrganisationOffersDocument,
  ProgrammeFundingDocument,
} from '../src/generated/graphql';

loadDevMessages();
loadErrorMessages();

/** Every published offer (the seed's are closed by now). */
const FILTER = {};
const PAGE = 2;

/** What Apollo Client warned of while `visit` ran: "Cache data may be lost…" and the like. */
async function warningsDuring(visit: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const spies = (['warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(format(...args))),
  );
  try {
    await visit();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return warnings;
}

describe('Apollo Client against the gateway, with the kit’s cache policies', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  const clientWith = (cache: InMemoryCache) => new ApolloClient({ link: new HttpLink({ uri: graph.url }), cache });

  /** A visitor of the job board: two pages of the list, its facets, an offer, its employer's offers, a programme's funding. */
  async function visitJobBoard(client: ApolloClient) {
    const query = async <Data, Variables extends Record<string, unknown>>(
      document: TypedDocumentNode<Data, Variables>,
      variables: Variables,
    ) => {
      // network-only, as fetchMore asks: the list's cache read answers any page from the pages it has
      const { data, error } = await client.query({ query: document, variables, fetchPolicy: 'network-only' } as never);
      if (error) throw new Error(error.message, { cause: error });
      return data as Data;
    };
    const first = await query(JobBoardOffersDocument, { filter: FILTER, first: PAGE });
    const after = first.offers!.pageInfo.endCursor;
    await query(JobBoardOffersDocument, { filter: FILTER, first: PAGE, after });
    await query(JobBoardFacetsDocument, { filter: FILTER, first: PAGE });
    const offer = first.offers!.edges[0]!.node;
    const detail = await query(OfferDetailDocument, { id: offer.id });
    await query(OrganisationOffersDocument, { id: detail.offer!.organisation!.id });
    const programme = detail.offer!.programmes.find(Boolean);
    if (programme) await query(ProgrammeFundingDocument, { id: programme.id });
    return { first, detail };
  }

  it('a plain InMemoryCache warns that cache data may be lost (what the policies are for)', async () => {
    const warnings = await warningsDuring(async () => void (await visitJobBoard(clientWith(new InMemoryCache()))));
    const lost = warnings.filter((warning) => warning.includes('Cache data may be lost'));
    expect(lost.join('\n')).toMatch(/offers field of a Query/);
    expect(lost.join('\n')).toMatch(/offers field of a Organisation/);
    expect(lost.join('\n')).toMatch(/funding field of a Programme/);
  });

  it('gives no warning with the kit’s cache, appends the second page to the first, and keeps both queries’ fields', async () => {
    const client = clientWith(createCache());
    let visit: Awaited<ReturnType<typeof visitJobBoard>> | undefined;
    const warnings = await warningsDuring(async () => {
      visit = await visitJobBoard(client);
    });
    expect(warnings).toEqual([]);

    const list = client.readQuery({ query: JobBoardOffersDocument, variables: { filter: FILTER, first: PAGE } });
    expect(list!.offers!.edges).toHaveLength(2 * PAGE);
    expect(new Set(list!.offers!.edges.map((edge) => edge.node.id)).size).toBe(2 * PAGE);
    expect(list!.offers!.facets.contractTypes.length).toBeGreaterThan(0);
    const facets = client.readQuery({ query: JobBoardFacetsDocument, variables: { filter: FILTER, first: PAGE } });
    expect(facets!.offers!.facets.organisations.length).toBeGreaterThan(0);

    const detail = client.readQuery({ query: OfferDetailDocument, variables: { id: visit!.detail.offer!.id } });
    expect(detail!.offer!.organisation!.offers!.totalCount).toBeGreaterThan(0);
  });
});
