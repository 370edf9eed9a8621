import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mintToken } from '@passerelle/auth';
import { databaseNameFor, dropMysqlDatabase, mysqlServerUrl } from '@passerelle/db';
import {
  freePort,
  graphql,
  killService,
  spawnService,
  testBroker,
  waitUntilHealthy,
  TEST_NATS_URL,
  type ServiceProcess,
  type TestBroker,
} from '@passerelle/testing';

/*
 * Open offers are answered from each offers process's memory. Two offers processes share one
 * database behind one gateway, as two pods behind one service do: a proxy sends mutations to
 * the writer and every read to the follower, which learns of the writes from the change feed
 * (JetStream). Each write is followed at once by a read: how many reads were stale is
 * counted, and every write must be seen within the bound the README states. A third process
 * whose broker is out of reach shows what the feed prevents: its reads stay stale.
 */

const WORDS = 8;
/** The stated bound on a follower's lag is about a second; generous here for a loaded machine. */
const LAG_BOUND_MS = 5000;
const START_TIMEOUT_MS = 180_000;

const CREATE = /* GraphQL */ `
  mutation ($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
      version
    }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation ($id: ID!) {
    closeOffer(id: $id) {
      id
      status
    }
  }
`;
const COUNT = /* GraphQL */ `
  query ($search: String!) {
    offers(filter: { status: OPEN, search: $search }) {
      totalCount
    }
  }
`;

const offerInput = (word: string) => ({
  title: `Coordonnateur ${word}`,
  organisationId: 'unops',
  organisationName: 'UNOPS',
  contractType: 'INDIVIDUAL_CONTRACTOR',
  dutyStations: [{ city: 'Goma', countryCode: 'CD' }],
  descriptionSections: [{ heading: null, body: `Appui ${word} aux équipes.` }],
  deadline: '2099-03-31T21:59:59Z',
  deadlineTimeZone: 'Africa/Kinshasa',
  status: 'OPEN',
});

/** A proxy in front of the offers processes: mutations to `writer`, everything else to `reader`. */
async function splittingProxy(writer: string, reader: string) {
  const server = // a failed answer is an unhandled rejection, which fails the test
    http.createServer(
      (req, res) =>
        void (async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          const body = Buffer.concat(chunks).toString();
          const { query } = JSON.parse(body) as { query: string };
          const target = /^\s*mutation\b/.test(query) ? writer : reader;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (req.headers.authorization) headers.authorization = req.headers.authorization;
          const answer = await fetch(target, { method: 'POST', headers, body });
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
        })(),
    );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const databases = ['sqlite', ...(process.env.MYSQL_URL ? ['mysql' as const] : [])] as const;
const describeWithNats = TEST_NATS_URL ? describe.each(databases) : describe.skip.each(databases);

describeWithNats('open offers across two offers processes behind one gateway, on %s', (database) => {
  const sqliteDir = mkdtempSync(path.join(tmpdir(), 'passerelle-open-offers-'));
  const prefix = `passerelle_test_${randomBytes(4).toString('hex')}`;
  const databaseEnv: Record<string, string> =
    database === 'mysql' ? { MYSQL_URL: process.env.MYSQL_URL!, MYSQL_DATABASE_PREFIX: prefix } : { SQLITE_DIR: sqliteDir, MYSQL_URL: '' };
  let broker: TestBroker;
  const processes: ServiceProcess[] = [];
  let writer: ServiceProcess;
  let follower: ServiceProcess;
  let cutOff: ServiceProcess;
  let gatewayUrl: string;
  let proxy: Awaited<ReturnType<typeof splittingProxy>>;
  let editor: Record<string, string>;

  const start = async (name: string, entry: string, env: Record<string, string>) => {
    const service = spawnService(name, entry, await freePort(), { ...databaseEnv, SEED: 'true', OPEN_OFFERS_RELOAD_MS: '3600000', ...env });
    processes.push(service);
    return service;
  };

  beforeAll(async () => {
    broker = testBroker();
    editor = { authorization: `Bearer ${await mintToken({ subject: 'open-offers-test', roles: ['admin'] })}` };
    const organisations = await start('organisations', 'services/organisations/src/main.ts', {});
    const programmes = await start('programmes', 'services/programmes/src/main.ts', {});
    // the writer first, so that it creates the database and leads its change feed
    writer = await start('offers-writer', 'services/offers/src/main.ts', broker.env);
    await waitUntilHealthy(writer, START_TIMEOUT_MS);
    follower = await start('offers-follower', 'services/offers/src/main.ts', broker.env);
    cutOff = await start('offers-cut-off', 'services/offers/src/main.ts', {
      ...broker.env,
      NATS_URL: `nats://127.0.0.1:${await freePort()}`,
    });
    proxy = await splittingProxy(writer.url, follower.url);
    const gateway = spawnService('gateway', 'gateway/src/main.ts', await freePort(), {
      ORGANISATIONS_URL: organisations.url,
      OFFERS_URL: proxy.url,
      PROGRAMMES_URL: programmes.url,
      RESPONSE_CACHE: 'off',
    });
    processes.push(gateway);
    gatewayUrl = gateway.url;
    await Promise.all(processes.map((service) => waitUntilHealthy(service, START_TIMEOUT_MS)));
  }, START_TIMEOUT_MS * 2);

  afterAll(async () => {
    await Promise.all(processes.map(killService));
    await proxy?.close();
    await broker?.cleanup();
    rmSync(sqliteDir, { recursive: true, force: true });
    if (database === 'mysql') {
      const server = mysqlServerUrl(process.env.MYSQL_URL!);
      for (const name of ['organisations', 'offers', 'programmes']) await dropMysqlDatabase(server, databaseNameFor(name, prefix));
    }
  });

  const countAt = async (url: string, search: string) => {
    const response = await graphql<{ offers: { totalCount: number } }>(url, COUNT, { search });
    if (!response.data) throw new Error(`no count: ${JSON.stringify(response.errors)}`);
    return response.data.offers.totalCount;
  };

  /** Reads through `url` until the count is `expected`; how long that took, or null past the bound. */
  const seenWithin = async (url: string, search: string, expected: number) => {
    const started = Date.now();
    let stale = 0;
    while (Date.now() - started < LAG_BOUND_MS) {
      if ((await countAt(url, search)) === expected) return { ms: Date.now() - started, stale };
      stale += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return { ms: null, stale };
  };

  it('the writer reads its own writes at once; the follower, through the gateway, within the stated lag', async () => {
    const lags: number[] = [];
    let staleReads = 0;
    let ownStale = 0;
    for (let round = 0; round < WORDS; round += 1) {
      const word = `zorglub${randomBytes(3).toString('hex')}`;
      const created = await graphql<{ createOffer: { id: string } }>(gatewayUrl, CREATE, { input: offerInput(word) }, editor);
      if (!created.data) throw new Error(`create failed: ${JSON.stringify(created.errors)}`);
      if ((await countAt(writer.url, word)) !== 1) ownStale += 1;
      const opened = await seenWithin(gatewayUrl, word, 1);
      staleReads += opened.stale;
      expect(opened.ms).not.toBeNull();
      lags.push(opened.ms!);

      const closed = await graphql(gatewayUrl, CLOSE, { id: created.data.createOffer.id }, editor);
      expect(closed.errors).toBeUndefined();
      if ((await countAt(writer.url, word)) !== 0) ownStale += 1;
      const gone = await seenWithin(gatewayUrl, word, 0);
      staleReads += gone.stale;
      expect(gone.ms).not.toBeNull();
      lags.push(gone.ms!);
    }
    console.log(
      `open offers across processes (${database}): ${WORDS * 2} writes, stale reads through the follower ${staleReads}, ` +
        `lag ms median ${lags.sort((a, b) => a - b)[lags.length >> 1]} max ${lags.at(-1)}; the writer's own stale reads ${ownStale}`,
    );
    expect(ownStale).toBe(0);
  }, 120_000);

  it('control: a process cut off from the change feed keeps answering from what it loaded', async () => {
    const word = `zorglub${randomBytes(3).toString('hex')}`;
    const created = await graphql(gatewayUrl, CREATE, { input: offerInput(word) }, editor);
    expect(created.errors).toBeUndefined();
    expect((await seenWithin(follower.url, word, 1)).ms).not.toBeNull();
    // past the lag bound, the cut-off process still has not seen it
    expect((await seenWithin(cutOff.url, word, 1)).ms).toBeNull();
  }, 60_000);
});
