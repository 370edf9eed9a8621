import { randomBytes } from 'node:crypto';
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
  const admin = { authorization: `Bearer ${await mintToken({ subject: 'redis-cache-test', roles: ['admin'] })}` };
  let acknowledged = await versionThrough(writerUrl);
  let writesDone = 0;
  let readsSent = 0;
  let stale = 0;
  const hitsBefore = await hitsOf(readerUrl);

  const pace = () => new Promise((resolve) => setTimeout(resolve, 1));
  const writer = async () => {
    for (; writesDone < writes; writesDone += 1) {
      while (readsSent < (writesDone * reads) / writes) await pace();
      const response = await graphql<{ updateOrganisation: { version: number } }>(
        writerUrl, WRITE, { id: ORGANISATION, website: `https://www.intersos.org/${writesDone}`, version: acknowledged }, admin,
      );
      if (!response.data?.updateOrganisation) throw new Error(`write failed: ${JSON.stringify(response.errors)}`);
      acknowledged = response.data.updateOrganisation.version;
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
    const warnings = gateway.output.lines().filter((line) => line.includes('response cache unavailable'));
    expect(warnings).toHaveLength(1);
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
