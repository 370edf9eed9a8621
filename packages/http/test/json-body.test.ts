import http from 'node:http';
import { listen, readJsonBody, router, sendJson } from '../src';

describe('readJsonBody', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer(
      router({
        graphql: async (req, res) => sendJson(res, 200, { body: (await readJsonBody(req, 1000)) ?? null }),
        cors: {},
        get: {},
        onError: () => {},
      }),
    );
    url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  const post = (body: string, contentType = 'application/json; charset=utf-8') =>
    fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('parses a JSON body, and leaves other content types unread', async () => {
    expect(await (await post('{"query":"{ a }"}')).json()).toEqual({ body: { query: '{ a }' } });
    expect(await (await post('query=x', 'application/x-www-form-urlencoded')).json()).toEqual({ body: null });
  });

  it('refuses malformed and oversized bodies with a coded error', async () => {
    const malformed = await post('{"query":');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    const oversized = await post(JSON.stringify({ padding: 'x'.repeat(5000) }));
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({
      errors: [{ message: 'The request body is larger than 1 kB', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
