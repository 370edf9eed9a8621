import { randomBytes } from 'node:crypto';
import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { Pool } from 'undici';
import { entitiesProxy, type EntitiesProxy } from './support/entities-proxy';
import { startProcessGraph, type ProcessGraph } from './support/process-graph';
import { freePort } from './support/processes';
import { deleteKeysUnder, TEST_REDIS_URL } from './support/redis';

/*
 * The entity cache as it runs: gateways started from their environment in front of real
 * subgraph processes. Visitors read a page of offers with their employers over many
 * keep-alive connections, which node:cluster spreads over the workers; an editor renames
 * an employer; every read sent after the rename's answer came back must show the new name,
 * whichever process or worker answers it.
 */

const EMPLOYER = 'unops';
const PAGE = /* GraphQL */ `
  {
    offers(first: 20) {
      edges {
        node {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`;
const RENAME = /* GraphQL */ `
  mutation ($id: ID!, $name: String!, $version: Int!) {
    updateOrganisation(id: $id, input: { name: $name }, expectedVersion: $version) {
      version
      name
    }
  }
`;
const VERSION = /* GraphQL */ `
  query ($id: ID!) {
    organisation(id: $id) {
      version
    }
  }
`;
const CONNECTIONS = 12;
const ROUNDS = 40;

type Page = { offers: { edges: { node: { organisation: { id: string; name: string } | null } }[] } };

/** `CONNECTIONS` keep-alive connections to a gateway, each reading the page once per round. */
function visitors(graphqlUrl: string) {
  const url = new URL(graphqlUrl);
  const pool = new Pool(url.origin, { connections: CONNECTIONS, pipelining: 1 });
  const read = async () => {
    const response = await pool.request({
      method: 'POST',
      path: url.pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGE }),
    });
    const answer = (await response.body.json()) as { data?: Page; errors?: unknown };
    if (!answer.data) throw new Error(`no page: ${JSON.stringify(answer.errors)}`);
    return answer.data.offers.edges.find((edge) => edge.node.organisation?.id === EMPLOYER)!.node.organisation!.name;
  };
  return {
    /** The employer's name as each connection read it, all at once. */
    round: () => Promise.all(Array.from({ length: CONNECTIONS }, read)),
    close: () => pool.close(),
  };
}

async function entityLookups(graphqlUrl: string, result: 'hit' | 'unavailable'): Promise<number> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const line = text
    .split('\n')
    .find(
      (row) =>
        row.startsWith('passerelle_entity_cache_lookups_total{') &&
        row.includes(`result="${result}"`) &&
        row.includes('subgraph="organisations"'),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}
const entityHits = (graphqlUrl: string) => entityLookups(graphqlUrl, 'hit');

/**
 * `ROUNDS` renames through `writerUrl`, each followed, once its answer is back, by a round of
 * reads on every connection to `readerUrl`, then another (from the cache, filled again). A
 * read is stale when it shows a name other than the last one written.
 */
async function renamesWhileReading(writerUrl: string, readerUrl: string) {
  const admin = { authorization: `Bearer ${await mintToken({ subject: 'entity-cache-test', roles: ['admin'] })}` };
  const readers = visitors(readerUrl);
  const hitsBefore = await entityHits(readerUrl);
  let version = (await graphql<{ organisation: { version: number } }>(writerUrl, VERSION, { id: EMPLOYER })).data!.organisation.version;
  let stale = 0;
  let reads = 0;
  try {
    await readers.round();
    for (let round = 0; round < ROUNDS; round += 1) {
      const name = `United Nations Office for Project Services ${randomBytes(3).toString('hex')}`;
      const written = await graphql<{ updateOrganisation: { version: number } }>(writerUrl, RENAME, { id: EMPLOYER, name, version }, admin);
      if (!written.data) throw new Error(`rename failed: ${JSON.stringify(written.errors)}`);
      version = written.data.updateOrganisation.version;
      for (const names of [await readers.round(), await readers.round()]) {
        reads += names.length;
        stale += names.filter((seen) => seen !== name).length;
      }
    }
  } finally {
    await readers.close();
  }
  return { rounds: ROUNDS, reads, stale, hits: (await entityHits(readerUrl)) - hitsBefore };
}

const databases = ['sqlite', ...(process.env.MYSQL_URL ? ['mysql' as const] : [])] as const;

describe.each(databases)('the entity cache in gateway processes, on %s', (database) => {
  const prefix = `passerelle-test-entities-${randomBytes(4).toString('hex')}:`;
  const inRedis = { ENTITY_CACHE: 'redis', REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix };
  let graph: ProcessGraph;
  let proxy: EntitiesProxy;

  beforeAll(async () => {
    proxy = await entitiesProxy();
    graph = await startProcessGraph(database, inRedis);
    proxy.target = graph.subgraphs.organisations.url;
  }, 180_000);
  afterAll(async () => {
    await graph?.stop();
    await proxy?.close();
    await deleteKeysUnder(prefix);
  });

  it('with WORKERS=2 and the default cache, reads stop reaching the subgraph, and a rename is seen on every connection at once', async () => {
    const gateway = await graph.addGateway({ WORKERS: '2', ORGANISATIONS_URL: proxy.url });
    const readers = visitors(gateway.url);
    try {
      for (let round = 0; round < 4; round += 1) await readers.round();
      proxy.reset();
      for (let round = 0; round < 4; round += 1) await readers.round();
      expect(proxy.entityFetches).toBe(0);
    } finally {
      await readers.close();
    }

    const figures = await renamesWhileReading(gateway.url, gateway.url);
    console.log(`ENTITY_CACHE=memory, WORKERS=2, ${database}: ${JSON.stringify(figures)}`);
    expect(figures).toMatchObject({ rounds: ROUNDS, stale: 0 });
    // reads were answered from the cache between renames: the check had something to catch
    expect(figures.hits).toBeGreaterThan(ROUNDS * CONNECTIONS);
  }, 240_000);

  it('with ENTITY_CACHE=redis, a rename through one gateway process is seen by reads through another at once', async () => {
    const reader = await graph.addGateway(inRedis);
    const figures = await renamesWhileReading(graph.url, reader.url);
    console.log(`ENTITY_CACHE=redis, two gateway processes, ${database}: ${JSON.stringify(figures)}`);
    expect(figures).toMatchObject({ rounds: ROUNDS, stale: 0 });
    expect(figures.hits).toBeGreaterThan(ROUNDS * CONNECTIONS);
  }, 240_000);

  it('with ENTITY_CACHE=redis and Redis out of reach, answers every read from the subgraphs, renames included, and says so once', async () => {
    const gateway = await graph.addGateway({ ...inRedis, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    const figures = await renamesWhileReading(gateway.url, gateway.url);
    expect(figures).toMatchObject({ rounds: ROUNDS, stale: 0, hits: 0 });
    expect(await entityLookups(gateway.url, 'unavailable')).toBeGreaterThan(ROUNDS * CONNECTIONS);
    expect(gateway.output.lines().filter((line) => line.includes('entity cache unavailable'))).toHaveLength(1);
  }, 240_000);
});
