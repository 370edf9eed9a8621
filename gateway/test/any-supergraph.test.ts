import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { freePort, graphql, killService, spawnService, TEST_JWT_SECRET, waitUntilHealthy, type ServiceProcess } from '@passerelle/testing';
import { startGateway, type RunningGateway } from '../src/gateway';
import { testGatewayOptions } from './support/graph';
import { EXPECTED_PRODUCTS, PRODUCTS_WITH_REVIEWS, startTinySubgraphs, type TinySubgraphs } from './support/tiny-subgraphs';

const origin = (url: string) => new URL(url).origin;
const failure = (kind: string) => `{ failure(kind: "${kind}") }`;

describe('a gateway on a supergraph without the offers (two tiny subgraphs composed in the test)', () => {
  let subgraphs: TinySubgraphs;
  beforeAll(async () => {
    subgraphs = await startTinySubgraphs();
  });
  afterAll(() => subgraphs?.stop());

  describe('in process, in development', () => {
    const lines: Record<string, unknown>[] = [];
    let gateway: RunningGateway;
    beforeAll(async () => {
      const sink = new Writable({
        write(chunk, _encoding, done) {
          lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
          done();
        },
      });
      gateway = await startGateway(testGatewayOptions({ supergraphSdl: subgraphs.supergraphSdl, logger: pino({ level: 'info' }, sink) }));
    });
    afterAll(() => gateway?.stop());

    it('starts, and answers a query planned across both subgraphs, with its cost', async () => {
      const response = await graphql(gateway.url, PRODUCTS_WITH_REVIEWS);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(EXPECTED_PRODUCTS);
      expect(response.extensions).toMatchObject({ cost: { estimated: expect.any(Number), actual: expect.any(Number) } });
    });

    it('mounts no feeds, and logs that they are off and why', async () => {
      for (const feed of ['/feeds/offers.atom', '/feeds/offers.rss']) {
        expect((await fetch(new URL(feed, origin(gateway.url)))).status).toBe(404);
      }
      expect(lines).toContainEqual(expect.objectContaining({ feeds: 'off', reason: expect.stringContaining('OfferFilter'), level: 30 }));
    });

    it('checks in /ready the subgraphs this supergraph joins, and no others', async () => {
      const ready = (await (await fetch(new URL('/ready', origin(gateway.url)))).json()) as {
        checks: Record<string, boolean>;
        circuits: Record<string, string>;
      };
      expect(Object.keys(ready.checks).sort()).toEqual(['products', 'reviews']);
    });

    it('passes a subgraph’s unexpected error whole in development, to help whoever is debugging', async () => {
      const response = await graphql(gateway.url, failure('unexpected'));
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('secret_products'),
          path: ['failure'],
          extensions: expect.objectContaining({ serviceName: 'products' }),
        }),
      ]);
    });
  });

  describe('as a production process (gateway/src/main.ts) reading SUPERGRAPH_PATH', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-supergraph-'));
    let gateway: ServiceProcess;
    beforeAll(async () => {
      const supergraphPath = path.join(directory, 'supergraph.graphql');
      writeFileSync(supergraphPath, subgraphs.supergraphSdl);
      gateway = spawnService('gateway', 'gateway/src/main.ts', await freePort(), {
        SUPERGRAPH_PATH: supergraphPath,
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
      });
      await waitUntilHealthy(gateway, 120_000);
    }, 150_000);
    afterAll(async () => {
      if (gateway) await killService(gateway);
      rmSync(directory, { recursive: true, force: true });
    });

    it('serves the supergraph the file holds, without feeds', async () => {
      const response = await graphql(gateway.url, PRODUCTS_WITH_REVIEWS);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual(EXPECTED_PRODUCTS);
      expect((await fetch(`http://127.0.0.1:${gateway.port}/feeds/offers.atom`)).status).toBe(404);
    });

    it.each([
      ['BAD_USER_INPUT', { message: 'kind: not a kind this field knows', extensions: { code: 'BAD_USER_INPUT', field: 'kind' } }],
      ['UNAUTHENTICATED', { message: 'Sign in to see this', extensions: { code: 'UNAUTHENTICATED' } }],
      ['FORBIDDEN', { message: 'Only admins see this', extensions: { code: 'FORBIDDEN' } }],
      ['NOT_FOUND', { message: 'No product "p9"', extensions: { code: 'NOT_FOUND', id: 'p9' } }],
      ['CONFLICT', { message: 'The product changed under this write', extensions: { code: 'CONFLICT' } }],
      [
        'COST_ESTIMATED_TOO_EXPENSIVE',
        { message: 'Too many objects asked of this subgraph', extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE' } },
      ],
      ['ALIAS_LIMIT_EXCEEDED', { message: 'Too many aliases', extensions: { code: 'ALIAS_LIMIT_EXCEEDED' } }],
    ])('passes a subgraph’s %s through with its message and public extensions', async (kind, expected) => {
      const response = await graphql(gateway.url, failure(kind));
      expect(response.data).toEqual({ failure: null });
      expect(response.errors).toEqual([
        { ...expected, path: ['failure'], extensions: { ...expected.extensions, requestId: expect.any(String) } },
      ]);
    });

    it.each(['unexpected', 'ownCode', 'codeless'])(
      'answers a subgraph’s %s error as DOWNSTREAM_SERVICE_ERROR naming the service, with none of its message, SQL or stack',
      async (kind) => {
        const response = await graphql(gateway.url, failure(kind));
        expect(response.data).toEqual({ failure: null });
        expect(response.errors).toEqual([
          {
            message: 'The products service could not answer this part of the request',
            path: ['failure'],
            extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', service: 'products', requestId: expect.any(String) },
          },
        ]);
        expect(JSON.stringify(response)).not.toMatch(/secret_products|SELECT|UPDATE|10\.0\.0\.7|stack|deadlock|codeless/i);
      },
    );
  });
});
