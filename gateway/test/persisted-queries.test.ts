import { createHash } from 'node:crypto';
import { startGraph, type RunningGraph } from './support/graph';

/*
 * Automatic persisted queries (Apollo Server's default): a client sends only the query's
 * SHA-256; the gateway asks for the full text once, then knows it by its hash, over POST
 * and over GET (which lets a CDN cache anonymous answers).
 */

const QUERY = `query Monusco { organisation(id: "monusco") { name acronym } }`;
const HASH = createHash('sha256').update(QUERY).digest('hex');
const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: Record<string, unknown>;
}

describe('automatic persisted queries', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Answer;
  };

  it('asks for the text of a hash it does not know, then answers the hash alone, over POST and GET', async () => {
    const unknown = await post({ extensions: persisted(HASH) });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await post({ query: QUERY, extensions: persisted(HASH) });
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toMatchObject({ organisation: { acronym: 'MONUSCO' } });
    const expected = registered.data;

    expect(await post({ extensions: persisted(HASH) })).toEqual({ data: expected, extensions: registered.extensions });

    const url = new URL(graph.url);
    url.searchParams.set('operationName', 'Monusco');
    url.searchParams.set('extensions', JSON.stringify(persisted(HASH)));
    // a GET needs a header a browser cannot send cross-site without a preflight (CSRF prevention)
    const viaGet = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(200);
    expect(await viaGet.json()).toEqual({ data: expected, extensions: registered.extensions });
    expect(viaGet.headers.get('cache-control')).toBe('max-age=300, public');
  });

  it('refuses a query whose hash does not match its text', async () => {
    const mismatched = await post({ query: QUERY, extensions: persisted('0'.repeat(64)) });
    expect(mismatched.data).toBeUndefined();
    expect(mismatched.errors?.[0]?.message).toMatch(/sha/i);
  });
});
