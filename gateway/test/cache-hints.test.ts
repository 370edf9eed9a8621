import { mintToken } from '@passerelle/auth';
import { startGraph, type RunningGraph } from './support/graph';

/*
 * The schemas' @cacheControl hints: each subgraph states its answer's policy in its
 * Cache-Control header (entity fetches included), and the gateway tells clients the most
 * restrictive of the subgraphs' policies. Answers to a caller with a token are never cacheable.
 */

async function cacheControlOf(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return response.headers.get('cache-control');
}

const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`;
const admin = async () => ({ authorization: `Bearer ${await mintToken({ subject: 'hints-test', roles: ['admin'] })}` });

describe('cache hints', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());
  const subgraph = (name: keyof RunningGraph['subgraphs']) => graph.subgraphs[name].url;

  it('each subgraph sends its answer’s policy: reference data for longer, offer lists and funding for less', async () => {
    expect(
      await cacheControlOf(
        subgraph('organisations'),
        `{ organisations(first: 2) { edges { node { name parent { name } } } pageInfo { endCursor } } }`,
      ),
    ).toBe('max-age=300, public');
    expect(
      await cacheControlOf(subgraph('programmes'), `{ programme(id: "fcs") { name participants { role organisation { id } } } }`),
    ).toBe('max-age=300, public');
    expect(await cacheControlOf(subgraph('programmes'), `{ programme(id: "fcs") { name funding { totals { amount currency } } } }`)).toBe(
      'max-age=60, public',
    );
    expect(await cacheControlOf(subgraph('programmes'), `{ fundingBreakdown(groupBy: DONOR) { donor { id } totals { amount } } }`)).toBe(
      'max-age=60, public',
    );
    expect(
      await cacheControlOf(subgraph('offers'), `{ offer(id: "unops-haiti-community-mobilisation-2017") { title dutyStations { city } } }`),
    ).toBe('max-age=60, public');
    expect(
      await cacheControlOf(
        subgraph('offers'),
        `{ offers(first: 2) { totalCount facets { themes { theme count } } edges { node { title } } } }`,
      ),
    ).toBe('max-age=30, public');
  });

  it('entity fetches (`_entities`) carry the entity type’s hint', async () => {
    const organisation = { __typename: 'Organisation', id: 'undp' };
    expect(await cacheControlOf(subgraph('organisations'), ENTITIES, { representations: [organisation] })).toBe('max-age=300, public');
    expect(await cacheControlOf(subgraph('programmes'), ENTITIES, { representations: [{ __typename: 'Programme', id: 'fcs' }] })).toBe(
      'max-age=300, public',
    );
    expect(await cacheControlOf(subgraph('offers'), ENTITIES, { representations: [organisation] })).toBe('max-age=60, public');
  });

  it('a subgraph’s answer to a signed-in caller is private', async () => {
    expect(await cacheControlOf(subgraph('offers'), `{ offers(first: 2) { totalCount } }`, {}, await admin())).toBe('max-age=30, private');
  });

  it('the gateway sends clients the most restrictive of the subgraphs’ policies', async () => {
    expect(await cacheControlOf(graph.url, `{ organisation(id: "monusco") { name units { name } } }`)).toBe('max-age=300, public');
    // offers (30 s) with their organisations and programmes (300 s)
    expect(
      await cacheControlOf(graph.url, `{ offers(first: 5) { edges { node { title organisation { name } programmes { acronym } } } } }`),
    ).toBe('max-age=30, public');
    // an organisation (300 s) with its open offer count from the offers subgraph (60 s)
    expect(await cacheControlOf(graph.url, `{ organisation(id: "unops") { name openOfferCount } }`)).toBe('max-age=60, public');
  });

  it('the gateway never lets an answer to a caller with a token be stored, nor a mutation’s', async () => {
    expect(await cacheControlOf(graph.url, `{ organisation(id: "monusco") { name } }`, {}, await admin())).toBe('no-store');
    const mutation = `mutation { createOrganisation(input: { name: "Cache Hints Test", kind: NGO }) { id } }`;
    expect(await cacheControlOf(graph.url, mutation, {}, await admin())).toBe('no-store');
  });
});
