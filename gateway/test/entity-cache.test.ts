import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import type { EntityCacheOptions, RunningGateway } from '../src/gateway';
import { entitiesProxy, type EntitiesProxy } from './support/entities-proxy';
import { startGatewayOver, startGraph, type RunningGraph } from './support/graph';

/*
 * The entity cache through real subgraph servers: the organisations subgraph behind a proxy
 * that counts the entity fetches reaching it (and can fail one entity), gateways with the
 * cache and without it in front of the same subgraphs.
 */

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    offers(first: $first) {
      edges {
        node {
          id
          title
          organisation {
            id
            name
            acronym
          }
        }
      }
    }
  }
`;
type Page = { offers: { edges: { node: { id: string; organisation: { id: string } | null } }[] } };

const MEMORY: EntityCacheOptions = { maxSizeMb: 16, maxTtlSeconds: 60 };

describe('the entity cache', () => {
  let graph: RunningGraph;
  let proxy: EntitiesProxy;
  const gateways: RunningGateway[] = [];

  const gatewayThroughProxy = async (entityCache?: EntityCacheOptions) => {
    const gateway = await startGatewayOver(graph, { organisations: proxy.url }, { entityCache });
    gateways.push(gateway);
    return gateway.url;
  };
  const page = async (url: string, first: number, headers: Record<string, string> = {}) => {
    const answer = await graphql<Page>(url, PAGE, { first }, headers);
    if (!answer.data) throw new Error(`no page: ${JSON.stringify(answer.errors)}`);
    return answer;
  };
  /** An answer as a user compares it: each has its own request id. */
  const comparable = (answer: unknown) =>
    JSON.parse(JSON.stringify(answer, (key, value: unknown) => (key === 'requestId' ? undefined : value))) as unknown;
  const employers = (answer: { data?: Page | null }) =>
    new Set(answer.data!.offers.edges.flatMap((edge) => (edge.node.organisation ? [edge.node.organisation.id] : [])));

  beforeAll(async () => {
    graph = await startGraph();
    proxy = await entitiesProxy(graph.subgraphs.organisations.url);
  }, 120_000);
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await proxy.close();
    await graph.stop();
  });
  beforeEach(() => {
    proxy.failOn = undefined;
    proxy.reset();
  });

  it('answers a repeated anonymous page without asking the subgraph for its employers again', async () => {
    const url = await gatewayThroughProxy(MEMORY);
    const first = await page(url, 10);
    expect(proxy.entityFetches).toBe(1);
    proxy.reset();
    expect(await page(url, 10)).toEqual(first);
    expect(proxy.entityFetches).toBe(0);
  });

  it('never reads or fills the cache for a caller with a token: the subgraph sees every fetch', async () => {
    const url = await gatewayThroughProxy(MEMORY);
    const editor = { authorization: `Bearer ${await mintToken({ subject: 'entity-cache-test', roles: ['admin'] })}` };
    await page(url, 10);
    proxy.reset();
    for (let round = 0; round < 3; round += 1) await page(url, 10, editor);
    expect(proxy.entityFetches).toBe(3);
    expect(proxy.authorized).toBe(3);
  });

  it('gives a page partly cached the answer the subgraphs give, an entity error at its own path included', async () => {
    const cached = await gatewayThroughProxy(MEMORY);
    const uncached = await gatewayThroughProxy();
    const few = employers(await page(cached, 2));
    const many = employers(await page(uncached, 30));
    const notCached = [...many].filter((id) => !few.has(id));
    expect(few.size).toBeGreaterThan(1);
    expect(notCached.length).toBeGreaterThanOrEqual(2);

    proxy.reset();
    expect(await page(cached, 30)).toEqual(await page(uncached, 30));
    // the cached gateway asked for the employers it did not have, and only those
    expect(proxy.entityFetches).toBe(2);
    expect(proxy.representations).toBe(many.size + notCached.length);

    // one employer fails to load in a fetch where others come from the cache: its index there is not its index in the page
    const cachedAgain = await gatewayThroughProxy(MEMORY);
    await page(cachedAgain, 2);
    proxy.failOn = notCached[1];
    const withError = await page(cachedAgain, 30);
    expect(comparable(withError)).toEqual(comparable(await page(uncached, 30)));
    expect(withError.errors).toHaveLength(1);
    const failedEdge = withError.data!.offers.edges.findIndex((edge) => edge.node.organisation === null);
    expect(withError.errors![0]).toMatchObject({ path: ['offers', 'edges', failedEdge, 'node', 'organisation'] });
    expect(withError.data!.offers.edges.filter((edge) => edge.node.organisation === null)).toHaveLength(1);

    // nothing of a fetch with errors was stored: once the subgraph is well, it is asked for them again
    proxy.failOn = undefined;
    proxy.reset();
    expect(await page(cachedAgain, 30)).toEqual(await page(uncached, 30));
    expect(proxy.representations).toBe(many.size + notCached.length);
  });
});
