import http from 'node:http';
import { listen, router, sendJson } from '../src';

describe('router', () => {
  let server: http.Server;
  let base: string;
  const failures: unknown[] = [];
  beforeAll(async () => {
    server = http.createServer(router({
      graphql: (_req, res) => sendJson(res, 200, { data: { ok: true } }),
      cors: { origin: ['https://studio.apollographql.com'] },
      get: {
        '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
        '/broken': () => {
          throw new Error('bug');
        },
      },
      onError: (error) => failures.push(error),
    }));
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
