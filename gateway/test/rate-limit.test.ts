import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mintToken } from '@passerelle/auth';
import { freePort } from '@passerelle/testing';
import { startProcessGraph, type ProcessGraph } from './support/process-graph';
import { ChildProcesses, exitOf, Output, spawnFromSources } from './support/processes';
import { deleteKeysUnder, randomKeyPrefix, TEST_REDIS_URL } from './support/redis';

const BURST = 100;
const PER_SECOND = 20;
/** Small budgets, so that a client spends its burst in one request and has it back within seconds. */
const limitedEnv = (prefix: string) => ({
  RATE_LIMIT: 'redis',
  REDIS_URL: TEST_REDIS_URL,
  REDIS_KEY_PREFIX: prefix,
  MAX_COST: String(BURST),
  RATE_LIMIT_BURST: String(BURST),
  RATE_LIMIT_COST_PER_MINUTE: String(PER_SECOND * 60),
  TRUST_PROXY_HOPS: '1',
});
/** Costs 91 of the burst of 100: a client that spent it once cannot spend it again for 4 s. */
const PAGE = 'query Page { organisations(first: 45) { edges { node { name } } } }';

/** A gateway process of the graph: the first, or one added. */
type Gateway = { url: string; port: number };

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: { cost: { estimated: number }; rateLimit?: unknown };
  };
}

async function send(gateway: Gateway, headers: Record<string, string> = {}, query = PAGE): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Answer['body'] };
}

const bearer = async (subject: string) => ({ authorization: `Bearer ${await mintToken({ subject, roles: [] })}` });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function metric(gateway: Gateway, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${gateway.port}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(name))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('rate limits by cost, shared through Redis by every gateway process', () => {
  const prefix = randomKeyPrefix();
  let graph: ProcessGraph;
  let first: Gateway;
  let second: Gateway;
  let unlimited: Gateway;
  let redisDown: Gateway;

  beforeAll(async () => {
    graph = await startProcessGraph('sqlite', limitedEnv(prefix));
    first = graph.gateway;
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    [second, unlimited, redisDown] = await Promise.all([
      graph.addGateway(limitedEnv(prefix)),
      graph.addGateway({}),
      graph.addGateway({ ...limitedEnv(randomKeyPrefix()), REDIS_URL: nowhere }),
    ]);
  }, 180_000); // seven processes: under a minute on an idle machine, more beside other work

  afterAll(async () => {
    await graph?.stop();
    await deleteKeysUnder(prefix);
  });

  it('refuses, through the other process, a client that spent its budget through one, until its Retry-After has passed', async () => {
    const alice = await bearer('rate-alice');
    const spent = await send(first, alice);
    expect(spent.status).toBe(200);
    const cost = spent.body.extensions!.cost.estimated;
    expect(cost).toBeGreaterThan(BURST * 0.9);
    expect(spent.body.extensions!.rateLimit).toEqual({ limit: BURST, remaining: BURST - cost, refillPerSecond: PER_SECOND });

    const fetchesBefore = await metric(second, 'passerelle_subgraph_fetch_duration_seconds_count');
    const refused = await send(second, alice);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(cost / PER_SECOND));
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`retry in ${retryAfter} s`),
        extensions: expect.objectContaining({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter }),
      }),
    ]);
    expect(await metric(second, 'passerelle_subgraph_fetch_duration_seconds_count')).toBe(fetchesBefore);
    expect(await metric(second, 'passerelle_rate_limited_total')).toBe(1);

    const bob = await send(second, await bearer('rate-bob'));
    expect(bob.status).toBe(200);

    await sleep(retryAfter * 1000);
    expect((await send(second, alice)).status).toBe(200);
  }, 30_000);

  it('charges an anonymous client by the address the proxy saw, not by what the client wrote before it', async () => {
    expect((await send(first, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(200);
    // the client wrote an address of its own; the trusted proxy appended the one it saw
    expect((await send(second, { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).status).toBe(429);
    expect((await send(second, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
  });

  it('is off with nothing set: a client spending more than the default burst is never refused', async () => {
    // about 10,500 points each: the default burst of 20,000 would refuse the third
    const costly = readFileSync(path.join(__dirname, '..', 'corpus', 'programmes-100-funding.graphql'), 'utf8');
    const answers = [];
    for (let count = 0; count < 3; count += 1) answers.push(await send(unlimited, {}, costly));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.reduce((spent, answer) => spent + answer.body.extensions!.cost.estimated, 0)).toBeGreaterThan(20_000);
    expect(answers[2]!.body.extensions).not.toHaveProperty('rateLimit');
  }, 30_000);

  it('lets requests through while Redis cannot be reached, and counts them', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(redisDown)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(5).fill(200));
    expect(await metric(redisDown, 'passerelle_rate_limit_unchecked_total')).toBe(5);
  });
});

describe('rate limit settings', () => {
  const children = new ChildProcesses();
  afterAll(() => children.killAll());

  /** How a gateway started from `env` alone ends: its exit code and what it wrote on stderr. */
  async function startFailing(env: Record<string, string>) {
    const gateway = children.track(
      spawnFromSources('gateway/src/main.ts', { env: { PATH: process.env.PATH, PORT: '0', ...env }, stdio: ['ignore', 'ignore', 'pipe'] }),
    );
    const stderr = new Output(gateway.stderr);
    const { code } = await exitOf(gateway);
    return { code, stderr: stderr.text };
  }

  it('refuse to start the gateway with rate limits on and no Redis, or a burst below the cost limit, naming the variable', async () => {
    const [withoutRedis, smallBurst] = await Promise.all([
      startFailing({ RATE_LIMIT: 'redis' }),
      startFailing({ RATE_LIMIT: 'redis', REDIS_URL: TEST_REDIS_URL, RATE_LIMIT_BURST: '500' }),
    ]);
    expect(withoutRedis).toEqual({ code: 1, stderr: expect.stringContaining('REDIS_URL: required when RATE_LIMIT=redis') });
    expect(smallBurst).toEqual({
      code: 1,
      stderr: expect.stringContaining('RATE_LIMIT_BURST: expected at least MAX_COST (20000), or an operation'),
    });
  }, 60_000);
});
