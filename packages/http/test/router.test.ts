import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { listen, router, sendJson } from '../src';

describe('router', () => {
  let server: http.Server;
  let base: string;
  const failures: unknown[] = [];
  beforeAll(async () => {
    server = http.createServer(
      router({
        graphql: (_req, res) => sendJson(res, 200, { data: { ok: true } }),
        cors: { origin: ['https://studio.apollographql.com'] },
        get: {
          '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
          '/broken': () => {
            throw new Error('bug');
          },
        },
        onError: (error) => failures.push(error),
      }),
    );
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves /graphql behind CORS and the GET routes', async () => {
    const response = await fetch(`${base}/graphql?x=1`, { headers: { origin: 'https://studio.apollographql.com' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
  });

  it('answers 404 for unknown routes and a bare 500, logged, when a handler fails', async () => {
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    const broken = await fetch(`${base}/broken`);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(failures).toHaveLength(1);
  });
});

describe('router with compression', () => {
  let server: http.Server;
  let port: number;
  const big = {
    data: { offers: Array.from({ length: 200 }, (_, index) => ({ id: `offer-${index}`, title: 'Coordinateur de la stabilisation' })) },
  };
  beforeAll(async () => {
    server = http.createServer(
      router({
        graphql: (req, res) => sendJson(res, 200, req.url?.includes('small') ? { data: { ok: true } } : big),
        cors: {},
        get: {},
        onError: () => {},
        compressAboveBytes: 1024,
      }),
    );
    port = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** The raw answer: its Content-Encoding and its body, inflated when it was gzipped. */
  const get = (path: string, acceptEncoding?: string) =>
    new Promise<{ encoding: string | undefined; body: unknown }>((resolve, reject) => {
      http
        .get({ port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            resolve({ encoding, body: JSON.parse((encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')) });
          });
        })
        .on('error', reject);
    });

  it('gzips a large answer for a client that accepts it, and nothing else', async () => {
    expect(await get('/graphql', 'gzip')).toEqual({ encoding: 'gzip', body: big });
    expect(await get('/graphql')).toEqual({ encoding: undefined, body: big });
    expect(await get('/graphql?small=1', 'gzip')).toEqual({ encoding: undefined, body: { data: { ok: true } } });
  });
});
