import { mintToken } from '@passerelle/auth';
import { silentLogger } from '@passerelle/testing';
import type { Redis } from 'ioredis';
import type { RunningGateway } from '../src/gateway';
import type { GatewayOptions } from '../src/options';
import { connectRedis, firstConnection } from '../src/redis';
import { startGatewayOver, startGraph, type RunningGraph } from './support/graph';
import { deleteKeysUnder, randomKeyPrefix, TEST_REDIS_URL } from './support/redis';

/** Costs 91: within a burst of 100 once, not twice. */
const PAGE = 'query Page { organisations(first: 45) { edges { node { name } } } }';
/** Costs well over a cost limit of 100. */
const LARGE_PAGE = 'query LargePage { organisations(first: 100) { edges { node { name units { acronym } } } } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };
}

async function send(gateway: RunningGateway, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const feedStatus = async (gateway: RunningGateway) => (await fetch(new URL('/feeds/offers.atom?countryCodes=CD', gateway.url))).status;

/** Every one of the four features off; each test turns one on. */
const ALL_OFF: Partial<GatewayOptions> = {
  demandControl: false,
  rateLimit: undefined,
  responseCache: undefined,
  feeds: false,
  limits: { maxDepth: 10, maxAliases: 15, maxCost: 100, maxTokens: 2000, maxDirectives: 20 },
};

describe('rate limiting, demand control, the response cache and the feeds: each works with the others off', () => {
  let graph: RunningGraph;
  const started: RunningGateway[] = [];
  const prefix = randomKeyPrefix();
  let redis: Redis;
  const gatewayWith = async (options: Partial<GatewayOptions>) => {
    const gateway = await startGatewayOver(graph, {}, { ...ALL_OFF, ...options });
    started.push(gateway);
    return gateway;
  };
  beforeAll(async () => {
    graph = await startGraph();
    redis = connectRedis(TEST_REDIS_URL, prefix, silentLogger);
    await firstConnection(redis);
  });
  afterAll(async () => {
    for (const gateway of started) await gateway.stop();
    await graph?.stop();
    redis?.disconnect();
    await deleteKeysUnder(prefix);
  });

  it('with all four off, answers any query (over the cost limit too) with no cost, no budget and no cached copy, and serves no feed', async () => {
    const gateway = await gatewayWith({});
    const first = await send(gateway, LARGE_PAGE);
    const second = await send(gateway, LARGE_PAGE);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions ?? {}).toEqual({});
    expect(second.headers.get('age')).toBeNull();
    expect(await feedStatus(gateway)).toBe(404);
  });

  it('demand control alone: refuses over the cost limit, reports the cost of the rest', async () => {
    const gateway = await gatewayWith({ demandControl: true });
    const refused = await send(gateway, LARGE_PAGE);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['COST_ESTIMATED_TOO_EXPENSIVE']);
    const answered = await send(gateway, PAGE);
    expect(answered.body.extensions).toEqual({ cost: { estimated: 91, actual: expect.any(Number), limit: 100 } });
    expect(await feedStatus(gateway)).toBe(404);
  });

  it('the rate limit alone: charges each estimate to the client’s budget, and refuses past it, with no cost reported or limited', async () => {
    const gateway = await gatewayWith({ rateLimit: { redis, burst: 100, costPerMinute: 60 } });
    const first = await send(gateway, PAGE);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions).toEqual({ rateLimit: { limit: 100, remaining: 9, refillPerSecond: 1 } });
    const second = await send(gateway, PAGE);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).not.toBeNull();
    expect(second.body.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(second.body.extensions ?? {}).toEqual({});
    // with no cost limit, an operation above the burst is charged the whole burst: a full bucket admits it
    const signedIn = { authorization: `Bearer ${await mintToken({ subject: 'large-pages', roles: [] })}` };
    const large = await send(gateway, LARGE_PAGE, signedIn);
    expect(large.body.errors).toBeUndefined();
    expect(large.body.extensions).toEqual({ rateLimit: { limit: 100, remaining: 0, refillPerSecond: 1 } });
  });

  it('the response cache alone: answers a repeated anonymous query from the cache', async () => {
    const gateway = await gatewayWith({ responseCache: { maxSizeMb: 8, maxTtlSeconds: 60 } });
    const first = await send(gateway, PAGE);
    const second = await send(gateway, PAGE);
    expect(first.headers.get('age')).toBeNull();
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.body).toEqual(first.body);
    expect(second.body.extensions ?? {}).toEqual({});
  });

  it('the feeds alone: serve the offers as Atom', async () => {
    const gateway = await gatewayWith({ feeds: true });
    const response = await fetch(new URL('/feeds/offers.atom?countryCodes=CD', gateway.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await response.text()).toContain('<entry>');
  });
});
