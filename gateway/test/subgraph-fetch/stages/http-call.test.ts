import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpCall } from '../../../src/subgraph-fetch/stages/http/http-call';
import { fetchFor, recordingNext } from '../fetch-for';

const ORGANISATION = 'query ($id: ID!) { organisation(id: $id) { name } }';

/** A subgraph that answers each request with the next of `answers`, and keeps what it received. */
async function standIn(answers: { status: number; body: string; cacheControl?: string }[]) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = // a failed answer is an unhandled rejection, which fails the test
    http.createServer(
      (req, res) =>
        void (async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() });
          const { status, body, cacheControl } = answers.shift()!;
          res
            .writeHead(status, { 'content-type': 'application/json', ...(cacheControl ? { 'cache-control': cacheControl } : {}) })
            .end(body);
        })(),
    );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('the HTTP call stage', () => {
  const call = httpCall({ connections: 4, connectTimeoutMs: 1000 });
  afterAll(() => call.close());
  const unused = recordingNext(() => Promise.reject(new Error('the HTTP call is the last stage')));

  it('posts the fetch’s body with its headers, and answers with the status, Cache-Control and parsed body', async () => {
    const subgraph = await standIn([
      { status: 200, body: '{"data":{"organisation":{"name":"UNDP"}}}', cacheControl: 'max-age=30, public' },
    ]);
    const fetch = fetchFor(ORGANISATION, { id: 'undp' }, { headers: { 'x-request-id': 'r-1' } });
    const answer = await call.stage({ ...fetch, url: subgraph.url }, unused);
    await subgraph.close();
    expect(answer).toMatchObject({ status: 200, cacheControl: 'max-age=30, public', body: { data: { organisation: { name: 'UNDP' } } } });
    expect(subgraph.received[0]!.body).toBe(fetch.body());
    expect(JSON.parse(subgraph.received[0]!.body)).toEqual({ query: ORGANISATION, variables: { id: 'undp' } });
    expect(subgraph.received[0]!.headers).toMatchObject({ 'x-request-id': 'r-1', 'content-type': 'application/json' });
  });

  it('reads a 4xx’s GraphQL body, and leaves a 5xx’s and a body that is not JSON unparsed', async () => {
    const subgraph = await standIn([
      { status: 400, body: '{"errors":[{"message":"bad date","extensions":{"code":"BAD_USER_INPUT"}}]}' },
      { status: 503, body: '{"errors":[]}' },
      { status: 200, body: '<html>proxy error</html>' },
    ]);
    const fetch = { ...fetchFor(ORGANISATION, { id: 'undp' }), url: subgraph.url };
    expect(await call.stage(fetch, unused)).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
    expect((await call.stage(fetch, unused)).body).toBeUndefined();
    expect(await call.stage(fetch, unused)).toMatchObject({ status: 200, body: undefined });
    await subgraph.close();
  });

  it('fails a fetch to a subgraph that refuses connections as unreachable', async () => {
    const closed = await standIn([]);
    await closed.close();
    await expect(call.stage({ ...fetchFor(ORGANISATION, { id: 'undp' }), url: closed.url }, unused)).rejects.toMatchObject({
      reason: 'unreachable',
    });
  });
});
