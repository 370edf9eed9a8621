import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startGraph, type RunningGraph } from './support/graph';

/** A POSTed query's raw answer: its Content-Encoding and its data, inflated when gzipped. */
function post(url: string, query: string, headers: Record<string, string>) {
  return new Promise<{ encoding: string | undefined; data: unknown }>((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        resolve({ encoding, data: (JSON.parse((encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')) as { data: unknown }).data });
      });
    });
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

describe('gateway answers compressed where it pays', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({ compressAboveBytes: 1024 });
  });
  afterAll(() => graph.stop());

  const LARGE = '{ offers(first: 20) { edges { node { id title description } } } }';

  it('gzips a large answer for a client that accepts gzip, the same data as uncompressed', async () => {
    const gzipped = await post(graph.url, LARGE, { 'accept-encoding': 'gzip' });
    const plain = await post(graph.url, LARGE, {});
    expect(gzipped.encoding).toBe('gzip');
    expect(plain.encoding).toBeUndefined();
    expect(gzipped.data).toEqual(plain.data);
  });

  it('leaves a small answer as it is', async () => {
    const small = await post(graph.url, '{ organisation(id: "undp") { acronym } }', { 'accept-encoding': 'gzip' });
    expect(small).toEqual({ encoding: undefined, data: { organisation: { acronym: 'UNDP' } } });
  });
});
