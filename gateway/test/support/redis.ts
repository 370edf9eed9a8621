import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis server the tests share with other work on this machine: never flushed, each test under its own prefix. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run uses, e.g. `passerelle-test-1a2b3c4d:`. */
export const randomKeyPrefix = (): string => `passerelle-test-${randomBytes(4).toString('hex')}:`;

/** Deletes every key under `prefix`, and nothing else. */
export async function deleteKeysUnder(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    for (let cursor = '0'; ;) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
  } finally {
    redis.disconnect();
  }
}
