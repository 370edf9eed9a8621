import { Redis } from 'ioredis';
import { costBuckets, type CostBucketSettings } from '../src/rate-limit/cost-bucket';
import { deleteKeysUnder, randomKeyPrefix, TEST_REDIS_URL } from './support/redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the cost bucket in Redis', () => {
  const prefix = randomKeyPrefix();
  const connections: Redis[] = [];
  const connect = () => {
    const redis = new Redis(TEST_REDIS_URL, { keyPrefix: prefix });
    connections.push(redis);
    return redis;
  };
  const buckets = (settings: CostBucketSettings, redis = connect()) => costBuckets(redis, settings);

  afterAll(async () => {
    await deleteKeysUnder(prefix);
    for (const redis of connections) redis.disconnect();
  });

  it('admits exactly the burst when 200 charges of 1 arrive at once from 20 connections', async () => {
    // one point a minute: nothing leaks while the test runs
    const settings = { burst: 50, costPerMinute: 1 };
    const processes = Array.from({ length: 20 }, () => buckets(settings));
    const charges = await Promise.all(Array.from({ length: 200 }, (_, index) => processes[index % 20]!.charge('crowd', 1)));
    expect(charges.filter((charge) => charge.admitted)).toHaveLength(50);
    expect(charges.filter((charge) => !charge.admitted).every((charge) => charge.remaining === 0 && charge.retryAfterMs > 0)).toBe(true);
  });

  it('refuses what does not fit, saying when it will, and admits it once that much has leaked', async () => {
    const bucket = buckets({ burst: 10, costPerMinute: 600 }); // 10 points a second
    expect(await bucket.charge('drain', 10)).toEqual({ admitted: true, remaining: 0, retryAfterMs: 0 });
    const refused = await bucket.charge('drain', 5);
    expect(refused.admitted).toBe(false);
    expect(refused.retryAfterMs).toBeGreaterThan(0);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(500);
    await sleep(refused.retryAfterMs + 20);
    expect(await bucket.charge('drain', 5)).toMatchObject({ admitted: true });
  });

  it('never goes below empty: a long pause gives back the burst, no more', async () => {
    const bucket = buckets({ burst: 10, costPerMinute: 60_000 }); // 1000 points a second
    await bucket.charge('idle', 10);
    await sleep(200); // 200 points' worth of leaking
    // had it gone below empty, more than 9 would remain after a charge of 1
    expect(await bucket.charge('idle', 1)).toEqual({ admitted: true, remaining: 9, retryAfterMs: 0 });
  });

  it('a refused charge spends nothing', async () => {
    const bucket = buckets({ burst: 10, costPerMinute: 1 });
    await bucket.charge('refused', 8);
    expect((await bucket.charge('refused', 5)).admitted).toBe(false);
    expect(await bucket.charge('refused', 2)).toEqual({ admitted: true, remaining: 0, retryAfterMs: 0 });
  });

  it('keeps a key only until the bucket is empty again', async () => {
    const redis = connect();
    const bucket = buckets({ burst: 10, costPerMinute: 600 }, redis);
    await bucket.charge('expires', 2); // empty again in 200 ms
    const ttl = await redis.pttl('rate:expires');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(200);
    await sleep(ttl + 50);
    expect(await redis.exists('rate:expires')).toBe(0);
  });

  it('keeps each client in a bucket of its own', async () => {
    const bucket = buckets({ burst: 10, costPerMinute: 1 });
    await bucket.charge('first', 10);
    expect((await bucket.charge('first', 1)).admitted).toBe(false);
    expect(await bucket.charge('second', 1)).toEqual({ admitted: true, remaining: 9, retryAfterMs: 0 });
  });
});
