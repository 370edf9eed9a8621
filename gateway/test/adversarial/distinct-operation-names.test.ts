import type http from 'node:http';
import { ChildProcesses, exitOf, freePort, Output, waitForHealth } from '../support/processes';
import { spawnGateway } from '../support/stand-in-subgraph';
import { offersAndEmployersSubgraph, sendDistinctNames } from './distinct-names-load';

/*
 * A gateway process started as `npm start` starts it, on a small heap (one worker's share of
 * a 512 Mi pod), given thousands of queries that differ only by operation name: it stays
 * alive, its memory levels off, and the entity cache answers every name from the same
 * entries. Given cache budgets its heap cannot hold, it refuses to start, naming them.
 */

const SMALL_HEAP = {
  NODE_OPTIONS: '--max-old-space-size=128',
  NODE_ENV: 'production',
  JWT_SECRET: 'adversarial-suite-secret-0123456789abcdef',
};
const FITTING_BUDGETS = { ENTITY_CACHE: 'memory', ENTITY_CACHE_MAX_MB: '4', DOCUMENT_CACHE_MB: '8', QUERY_PLAN_CACHE_MB: '8' };
const QUERIES = 1500;
const SAMPLE_EVERY = 300;

async function entityHits(origin: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('passerelle_entity_cache_lookups_total{') && row.includes('result="hit"'));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('a gateway process on a small heap, sent thousands of distinct operation names', () => {
  const children = new ChildProcesses();
  let subgraph: http.Server;

  beforeAll(async () => {
    subgraph = await offersAndEmployersSubgraph();
  });
  afterAll(async () => {
    await children.killAll();
    await new Promise((resolve) => subgraph.close(resolve));
  });

  it('stays alive, levels off in memory, and serves every name the same cached entities', async () => {
    const port = await freePort();
    const gateway = children.track(spawnGateway(port, subgraph, { ...SMALL_HEAP, ...FITTING_BUDGETS }));
    await waitForHealth(port, gateway);
    const origin = `http://127.0.0.1:${port}`;

    const { samples, failed } = await sendDistinctNames(`${origin}/graphql`, QUERIES, SAMPLE_EVERY);
    console.log(`distinct operation names, ${QUERIES} queries on a 128 MB old space: ${JSON.stringify(samples)}`);
    expect(failed).toBe(0);
    expect(gateway.exitCode).toBeNull();
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    // the caches fill during the first thousand names, then stay: the second half adds little
    const half = samples[Math.floor(samples.length / 2)]!;
    const last = samples.at(-1)!;
    expect(last.heapUsedMb).toBeLessThan(176);
    expect(last.residentMb - half.residentMb).toBeLessThan(48);
    // every name after the first reads the 20 employers from the cache
    expect(await entityHits(origin)).toBeGreaterThanOrEqual((QUERIES - 1) * 20 * 0.9);
  }, 120_000);

  it('refuses to start when its caches’ budgets do not fit its heap, naming them', async () => {
    const gateway = children.track(
      spawnGateway(await freePort(), subgraph, { ...SMALL_HEAP, ENTITY_CACHE: 'memory' }, ['ignore', 'ignore', 'pipe']),
    );
    const errors = new Output(gateway.stderr);
    const exit = await exitOf(gateway);
    expect(exit.code).toBe(1);
    expect(errors.text).toMatch(/ENTITY_CACHE_MAX_MB=64 .*DOCUMENT_CACHE_MB=30|DOCUMENT_CACHE_MB=30.*ENTITY_CACHE_MAX_MB=64/s);
    expect(errors.text).toMatch(/more than this process's 176 MB/);
  }, 60_000);
});
