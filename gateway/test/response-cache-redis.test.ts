import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { Redis } from 'ioredis';
import { startProcessGraph, type ProcessGraph } from './support/process-graph';
import { exitOf, freePort, Output } from './support/processes';
import { slowSubgraph, spawnGateway } from './support/stand-in-subgraph';

/*
 * RESPONSE_CACHE=redis through real processes: a gateway that answers writes and another that
 * answers anonymous reads, both started from their environment in front of the same
 * subgraphs. A read sent after a write's answer came back must show that write (or a later
 * one), whichever process answers it.
 */

const REDIS_URL = 'redis://127.0.0.1:6379';
const ORGANISATION = 'intersos';
const READ = `query OrganisationVersion($id: ID!) { organisation(id: $id) { version website } }`;
const WRITE = `mutation ($id: ID!, $website: String!, $version: Int!) {
  updateOrganisation(id: $id, input: { website: $website }, expectedVersion: $version) { version }
}`;

interface Figures {
  writes: number;
  reads: number;
  hits: number;
  stale: number;
}

/** A counter's value on a gateway's /metrics, 0 when it has no such series. */
async function metric(graphqlUrl: string, name: string, label: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const found = text.split('\n').find((line) => line.startsWith(`${name}{`) && line.includes(label));
  return found ? Number(found.split(' ').at(-1)) : 0;
}
const hitsOf = (url: string) => metric(url, 'passerelle_response_cache_lookups_total', 'result="hit"');

const asAdmin = async () => ({ authorization: `Bearer ${await mintToken({ subject: 'redis-cache-test', roles: ['admin'] })}` });

/** Updates the organisation's website through `url`; its new version. */
async function writeThrough(url: string, version: number, website: string): Promise<number> {
  const response = await graphql<{ updateOrganisation: { version: number } }>(
    url,
    WRITE,
    { id: ORGANISATION, website, version },
    await asAdmin(),
  );
  if (!response.data?.updateOrganisation) throw new Error(`write failed: ${JSON.stringify(response.errors)}`);
  return response.data.updateOrganisation.version;
}

async function versionThrough(url: string): Promise<number> {
  const response = await graphql<{ organisation: { version: number } }>(url, READ, { id: ORGANISATION });
  if (response.errors || !response.data) throw new Error(`read failed: ${JSON.stringify(response.errors)}`);
  return response.data.organisation.version;
}

/**
 * `writes` updates through `writerUrl`, one after the other, while `reads` anonymous reads go
 * through `readerUrl`, four at a time, in step: the same number between two writes, the last
 * of them still in flight when the next write is sent. A read is stale when it shows a
 * version older than the last write acknowledged before it was sent.
 */
async function writesWhileReading(writerUrl: string, readerUrl: string, writes: number, reads: number): Promise<Figures> {
  let acknowledged = await versionThrough(writerUrl);
  let writesDone = 0;
  let readsSent = 0;
  let stale = 0;
  const hitsBefore = await hitsOf(readerUrl);

  const pace = () => new Promise((resolve) => setTimeout(resolve, 1));
  const writer = async () => {
    for (; writesDone < writes; writesDone += 1) {
      while (readsSent < (writesDone * reads) / writes) await pace();
      acknowledged = await writeThrough(writerUrl, acknowledged, `https://www.intersos.org/${writesDone}`);
    }
  };
  const reader = async () => {
    while (readsSent < reads) {
      if (writesDone < writes && readsSent >= ((writesDone + 1) * reads) / writes) {
        await pace();
        continue;
      }
      readsSent += 1;
      const floor = acknowledged;
      if ((await versionThrough(readerUrl)) < floor) stale += 1;
    }
  };
  await Promise.all([writer(), reader(), reader(), reader(), reader()]);
  return { writes, reads: readsSent, hits: (await hitsOf(readerUrl)) - hitsBefore, stale };
}

/** A TCP relay to the Redis server that a test can cut (connections dropped, new ones refused) and restore. */
async function redisRelay() {
  const { port: redisPort, hostname } = new URL(REDIS_URL);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(redisPort), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const cut = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  await listen();
  return { url: `redis://127.0.0.1:${port}`, cut, restore: listen };
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await redis.del(...keys);
    }
  } finally {
    redis.disconnect();
  }
}

const databases = ['sqlite', ...(process.env.MYSQL_URL ? ['mysql' as const] : [])] as const;

describe.each(databases)('the response cache shared in Redis by two gateway processes, on %s', (database) => {
  const prefix = `passerelle-test-${randomBytes(4).toString('hex')}:`;
  const shared = { RESPONSE_CACHE: 'redis', REDIS_URL, REDIS_KEY_PREFIX: prefix };
  let graph: ProcessGraph;

  beforeAll(async () => {
    graph = await startProcessGraph(database, shared);
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    await deleteKeys(prefix);
  });

  it('never answers a read with a value older than a write acknowledged through the other process', async () => {
    const reader = await graph.addGateway(shared);
    const figures = await writesWhileReading(graph.url, reader.url, 100, 1000);
    console.log(`RESPONSE_CACHE=redis, two gateway processes, ${database}: ${JSON.stringify(figures)}`);
    expect(figures).toMatchObject({ writes: 100, reads: 1000, stale: 0 });
    // the reads were answered from the cache between writes: the check above had something to catch
    expect(figures.hits).toBeGreaterThan(100);
  }, 180_000);

  it('is what per-process memory caches get wrong: the same check finds stale reads there', async () => {
    const memory = { RESPONSE_CACHE: 'memory' };
    const [writer, reader] = await Promise.all([graph.addGateway(memory), graph.addGateway(memory)]);
    const figures = await writesWhileReading(writer.url, reader.url, 10, 100);
    console.log(`RESPONSE_CACHE=memory, two gateway processes, ${database}: ${JSON.stringify(figures)}`);
    expect(figures.stale).toBeGreaterThan(0);
  }, 120_000);

  it('answers from the subgraphs while Redis is unreachable, shows every write, and says so once in its log', async () => {
    const unreachable = { ...shared, REDIS_URL: `redis://127.0.0.1:${await freePort()}` };
    const gateway = await graph.addGateway(unreachable);
    const before = await versionThrough(gateway.url);
    const figures = await writesWhileReading(gateway.url, gateway.url, 5, 20);
    expect(figures).toMatchObject({ hits: 0, stale: 0 });
    expect(await versionThrough(gateway.url)).toBe(before + 5);
    expect(await metric(gateway.url, 'passerelle_response_cache_lookups_total', 'result="unavailable"')).toBeGreaterThan(20);
    // the log is buffered (flushed every 250 ms or each 4 KB): wait until a flush has passed
    for (let waited = 0; waited < 5_000 && !gateway.output.text.includes('response cache unavailable'); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const warnings = gateway.output.lines().filter((line) => line.includes('response cache unavailable'));
    expect(warnings).toHaveLength(1);
  }, 120_000);

  it('serves no answer from before a write made while Redis was out of reach, once it is back', async () => {
    const relay = await redisRelay();
    const throughRelay = { ...shared, REDIS_URL: relay.url, REDIS_KEY_PREFIX: `${prefix}outage:` };
    const [writer, reader] = await Promise.all([graph.addGateway(throughRelay), graph.addGateway(throughRelay)]);
    const before = await versionThrough(reader.url);
    const hitsBefore = await hitsOf(reader.url);
    expect(await versionThrough(reader.url)).toBe(before);
    expect(await hitsOf(reader.url)).toBe(hitsBefore + 1);

    await relay.cut();
    expect(await writeThrough(writer.url, before, 'https://www.intersos.org/outage')).toBe(before + 1);
    expect(await versionThrough(reader.url)).toBe(before + 1);
    const hitsDuringOutage = await hitsOf(reader.url);

    await relay.restore();
    // the reader reconnects within 2 s; until then, and after, every answer shows the write
    const versions: number[] = [];
    for (let attempt = 0; attempt < 100 && (await hitsOf(reader.url)) < hitsDuringOutage + 3; attempt += 1) {
      versions.push(await versionThrough(reader.url));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await hitsOf(reader.url)).toBeGreaterThanOrEqual(hitsDuringOutage + 3);
    expect(new Set(versions)).toEqual(new Set([before + 1]));
  }, 120_000);
});

describe('RESPONSE_CACHE=redis without REDIS_URL', () => {
  it('refuses to start, naming REDIS_URL', async () => {
    const subgraph = await slowSubgraph(0);
    try {
      const gateway = spawnGateway(await freePort(), subgraph, { RESPONSE_CACHE: 'redis', REDIS_URL: '' }, ['ignore', 'ignore', 'pipe']);
      const stderr = new Output(gateway.stderr);
      expect(await exitOf(gateway)).toEqual({ code: 1, signal: null });
      expect(stderr.text).toMatch(/^Invalid configuration:\n {2}- REDIS_URL: RESPONSE_CACHE=redis needs /);
    } finally {
      subgraph.close();
    }
  });
});
