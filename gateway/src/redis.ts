import { Redis } from 'ioredis';
import type { Logger } from '@passerelle/observability';

/**
 * One connection to the Redis server every gateway process shares. Commands issued while it
 * is down fail at once instead of queueing (callers treat Redis as an optional accelerator or
 * say what they do without it), and it reconnects on its own, every 0.1 s to 2 s.
 */
export function connectRedis(url: string, keyPrefix: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    // ioredis puts it before keys only: channels are named with it by their users.
    keyPrefix,
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    logger.warn({ err: error }, 'redis unreachable; retrying');
  });
  redis.on('ready', () => {
    if (reported) logger.info('redis reachable again');
    reported = false;
  });
  return redis;
}

/**
 * Resolves once the connection is ready, or after `timeoutMs` (or at its first error): a
 * process that starts waits for Redis briefly, so that its first requests find it, but starts
 * without it when it is down.
 */
export function firstConnection(redis: Redis, timeoutMs = 2000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done);
    redis.once('error', done);
  });
}
