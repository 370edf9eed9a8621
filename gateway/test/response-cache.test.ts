import { mintToken } from '@passerelle/auth';
import { startGraph, type RunningGraph } from './support/graph';
import { DRAFT_VIEW } from './support/queries';

/*
 * The response cache (RESPONSE_CACHE=memory), over real HTTP to real subgraphs. Whether an
 * answer came from the cache is read from the subgraphs' SQL statements: a cached answer
 * costs none.
 */

const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { name website version units { acronym } } }`;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
  /** SQL statements the subgraphs ran to answer it. */
  statements: number;
}

async function send(
  graph: RunningGraph,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  for (const counter of Object.values(graph.queries)) counter.reset();
  const response = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer['body'];
  const statements = Object.values(graph.queries).reduce((sum, counter) => sum + counter.count, 0);
  return { status: response.status, headers: response.headers, body, statements };
}

const bearer = async (roles: ('admin' | 'editor')[], organisationIds: string[] = []) => ({
  authorization: `Bearer ${await mintToken({ subject: 'cache-test', roles, organisationIds })}`,
});

/** A counter's value on the gateway's /metrics, 0 when it has no such series. */
async function metric(graph: RunningGraph, name: string, label = ''): Promise<number> {
  const text = await (await fetch(new URL('/metrics', graph.url))).text();
  const found = text.split('\n').find((line) => line.startsWith(`${name}{`) && line.includes(label));
  return found ? Number(found.split(' ').at(-1)) : 0;
}

describe('response cache on (RESPONSE_CACHE=memory)', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({ responseCache: { maxSizeMb: 8, maxTtlSeconds: 60 } });
  });
  afterAll(() => graph.stop());

  it('answers a second identical anonymous query from the cache, without a subgraph statement', async () => {
    const hitsBefore = await metric(graph, 'passerelle_response_cache_lookups_total', 'result="hit"');
    const first = await send(graph, ORGANISATION, { id: 'monusco' });
    expect(first.body.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    expect(first.headers.get('age')).toBeNull();

    const second = await send(graph, ORGANISATION, { id: 'monusco' });
    expect(second.body).toEqual(first.body);
    expect(second.statements).toBe(0);
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.headers.get('cache-control')).toBe('max-age=300, public');
    expect(await metric(graph, 'passerelle_response_cache_lookups_total', 'result="hit"')).toBe(hitsBefore + 1);

    const otherVariables = await send(graph, ORGANISATION, { id: 'undp' });
    expect(otherVariables.statements).toBeGreaterThan(0);
  });

  it('never serves an authenticated request from the cache nor stores its answer: a draft never reaches anonymous callers', async () => {
    const editor = await bearer(['editor'], ['unops']);
    const created = await send(
      graph,
      `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id status } }`,
      {
        input: {
          title: 'Brouillon',
          organisationId: 'unops',
          organisationName: 'UNOPS',
          contractType: 'STAFF',
          programmeIds: ['issss'],
          descriptionSections: [{ body: 'Pas encore publié.' }],
        },
      },
      editor,
    );
    const draftId = (created.body.data!.createOffer as { id: string }).id;
    const editorsView = {
      offer: { id: draftId, status: 'DRAFT' },
      organisation: { openOfferCount: 0, offers: { totalCount: 1 } },
      programme: { offers: { totalCount: 1 } },
    };
    const anonymousView = {
      offer: null,
      organisation: { openOfferCount: 0, offers: { totalCount: 0 } },
      programme: { offers: { totalCount: 0 } },
    };

    const asEditor = await send(graph, DRAFT_VIEW, { id: draftId }, editor);
    expect(asEditor.body.data).toEqual(editorsView);
    expect(asEditor.headers.get('cache-control')).toBe('no-store');
    const editorAgain = await send(graph, DRAFT_VIEW, { id: draftId }, editor);
    expect(editorAgain.statements).toBeGreaterThan(0);

    const anonymous = await send(graph, DRAFT_VIEW, { id: draftId });
    expect(anonymous.body.data).toEqual(anonymousView);
    expect(anonymous.statements).toBeGreaterThan(0);
    // the same query is cacheable for anonymous callers: now it is stored…
    const anonymousAgain = await send(graph, DRAFT_VIEW, { id: draftId });
    expect(anonymousAgain.body.data).toEqual(anonymousView);
    expect(anonymousAgain.statements).toBe(0);
    // …and still not served to the editor
    const editorAfter = await send(graph, DRAFT_VIEW, { id: draftId }, editor);
    expect(editorAfter.body.data).toEqual(editorsView);
    expect(editorAfter.statements).toBeGreaterThan(0);
  });

  it('is cleared by a mutation through this gateway: the next anonymous read shows the new value', async () => {
    const before = await send(graph, ORGANISATION, { id: 'intersos' });
    const { version } = before.body.data!.organisation as { version: number };
    expect((await send(graph, ORGANISATION, { id: 'intersos' })).statements).toBe(0);

    const updated = await send(
      graph,
      `mutation ($version: Int!) { updateOrganisation(id: "intersos", input: { website: "https://www.intersos.org/cache" }, expectedVersion: $version) { website } }`,
      { version },
      await bearer(['admin']),
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.headers.get('cache-control')).toBe('no-store');

    const after = await send(graph, ORGANISATION, { id: 'intersos' });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body.data!.organisation).toMatchObject({ website: 'https://www.intersos.org/cache', version: version + 1 });
    expect(await metric(graph, 'passerelle_response_cache_clears_total')).toBeGreaterThan(0);
  });

  it('never stores an answer with errors', async () => {
    const query = `{ organisations(first: 2, after: "bm90LW91cnM") { totalCount } }`;
    const first = await send(graph, query, {});
    expect(first.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(first.headers.get('cache-control')).toBe('no-store');
    const second = await send(graph, query, {});
    expect(second.headers.get('age')).toBeNull();
    expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('response cache entries', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({ responseCache: { maxSizeMb: 8, maxTtlSeconds: 1 } });
  });
  afterAll(() => graph.stop());

  it('expire after RESPONSE_CACHE_MAX_TTL_SECONDS even when the hint allows longer', async () => {
    await send(graph, ORGANISATION, { id: 'monusco' });
    expect((await send(graph, ORGANISATION, { id: 'monusco' })).statements).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const expired = await send(graph, ORGANISATION, { id: 'monusco' });
    expect(expired.statements).toBeGreaterThan(0);
    expect(expired.headers.get('cache-control')).toBe('max-age=300, public');
  });
});

describe('response cache off (the default)', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  it('caches nothing: every identical anonymous query runs on the subgraphs again', async () => {
    const first = await send(graph, ORGANISATION, { id: 'monusco' });
    const second = await send(graph, ORGANISATION, { id: 'monusco' });
    expect(second.body).toEqual(first.body);
    expect(second.statements).toBe(first.statements);
    expect(second.statements).toBeGreaterThan(0);
    expect(second.headers.get('age')).toBeNull();
    expect(await metric(graph, 'passerelle_response_cache_lookups_total')).toBe(0);
  });
});
