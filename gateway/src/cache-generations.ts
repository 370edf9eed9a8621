import { randomBytes } from 'node:crypto';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@passerelle/observability';
import type { Redis } from 'ioredis';

/**
 * Where the response cache keeps answers, and the generation they belong to. Every answer
 * is stored under the generation its request began in (it is part of the key); a mutation
 * starts a new generation, so nothing stored before it is ever read again.
 */
export interface ResponseStore {
  entries: KeyValueCache<string>;
  /** The current generation; undefined when it cannot be known now (answer without the cache). */
  currentGeneration(): Promise<string | undefined>;
  /** Starts a new generation before a mutation's answer leaves; false when it could not. */
  newGeneration(): Promise<boolean>;
}

/** What keeping one entry costs besides its key and value: lru-cache's slots, the strings' headers. */
const ENTRY_OVERHEAD_BYTES = 160;

/**
 * Strings kept in this process's memory, at most `maxSizeMb` counting keys and each entry's
 * overhead as well as values: counted by value alone (Apollo's default), small entities under
 * long keys took some thirteen times their budget.
 */
export function sizedMemoryCache(maxSizeMb: number): InMemoryLRUCache<string> {
  return new InMemoryLRUCache<string>({
    maxSize: Math.round(maxSizeMb * 2 ** 20),
    sizeCalculation: (value: string, key: string) => value.length + key.length + ENTRY_OVERHEAD_BYTES,
  });
}

/** One process's answers, in its memory: a mutation through it clears them. */
export function memoryStore(maxSizeMb: number): ResponseStore {
  const entries = sizedMemoryCache(maxSizeMb);
  let generation = 0;
  return {
    entries,
    currentGeneration: async () => String(generation),
    newGeneration: async () => {
      generation += 1;
      entries.clear();
      return true;
    },
  };
}

const GENERATION_KEY = 'response-cache:generation';
const ENTRY_PREFIX = 'response-cache:entry:';
/** A Redis command that takes longer is given up: the request goes on without the cache. */
const REDIS_TIMEOUT_MS = 500;
/** After a failure, reads leave Redis alone this long (a hung server would cost each one the timeout). */
const READS_RETRY_AFTER_MS = 1000;

/**
 * Answers shared by every gateway process that names this Redis server (its connection
 * carries REDIS_KEY_PREFIX); see `redisGeneration` for how a mutation reaches them all.
 */
export function redisStore(redis: Redis, logger: Logger): ResponseStore {
  const generation = redisGeneration(redis, GENERATION_KEY, redisOutage(logger, 'response cache'));
  return { entries: redisEntries(redis), currentGeneration: generation.current, newGeneration: generation.renew };
}

/** Says once per outage that a cache in Redis is out of use, and once that it is back. */
export interface RedisOutage {
  failed(error: unknown): void;
  recovered(): void;
}

export function redisOutage(logger: Logger, cache: string): RedisOutage {
  let reported = false;
  return {
    failed: (error) => {
      if (reported) return;
      reported = true;
      logger.warn({ err: error }, `${cache} unavailable (redis): answering from the subgraphs`);
    },
    recovered: () => {
      if (reported) logger.info(`${cache} in use again (redis)`);
      reported = false;
    },
  };
}

export interface RedisGeneration {
  /** The current generation; undefined when it cannot be known now (go on without the cache). */
  current: () => Promise<string | undefined>;
  /** Starts a new generation; false when it could not. */
  renew: () => Promise<boolean>;
}

/**
 * A generation kept in Redis under `key`, shared by every process using it. It is a random id,
 * not a counter: if its key is lost (eviction, a Redis restart), the next one cannot repeat an
 * id old entries were stored under.
 *
 * Fails open: while Redis cannot be reached the process answers from the subgraphs, and
 * after any failure it starts a new generation before using the cache again, since a
 * mutation it answered meanwhile could not announce itself. Mutations always try Redis;
 * reads leave it alone for a second after a failure.
 */
export function redisGeneration(redis: Redis, key: string, outage: RedisOutage): RedisGeneration {
  let newGenerationOwed = false;
  let disconnections = 0;
  let readsRetryAt = 0;
  const failed = (error: unknown) => {
    newGenerationOwed = true;
    readsRetryAt = Date.now() + READS_RETRY_AFTER_MS;
    outage.failed(error);
  };

  const renew = async () => {
    const disconnectionsBefore = disconnections;
    try {
      await withinTime(redis.set(key, freshGeneration()));
    } catch (error) {
      failed(error);
      return false;
    }
    // a disconnection while it was under way owes another one
    newGenerationOwed = disconnections !== disconnectionsBefore;
    outage.recovered();
    return true;
  };

  const read = async () => {
    const generation = await redis.get(key);
    if (generation !== null) return generation;
    await redis.set(key, freshGeneration(), 'NX');
    return (await redis.get(key)) ?? undefined;
  };

  redis.on('close', () => {
    disconnections += 1;
    newGenerationOwed = true;
  });
  redis.on('ready', () => {
    if (newGenerationOwed) void renew();
  });

  return {
    current: async () => {
      if (Date.now() < readsRetryAt) return undefined;
      if (newGenerationOwed && !(await renew())) return undefined;
      try {
        return await withinTime(read());
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    renew,
  };
}

/** Entries expire on their own (SET … EX); one that cannot be read or written is a miss. */
function redisEntries(redis: Redis): KeyValueCache<string> {
  const quietly = <T>(command: Promise<T>) => withinTime(command).catch(() => undefined);
  return {
    get: async (key) => (await quietly(redis.get(ENTRY_PREFIX + key))) ?? undefined,
    set: async (key, value, options) => {
      if (options?.ttl) await quietly(redis.set(ENTRY_PREFIX + key, value, 'EX', options.ttl));
    },
    delete: async (key) => {
      await quietly(redis.del(ENTRY_PREFIX + key));
    },
  };
}

function freshGeneration(): string {
  return randomBytes(9).toString('base64url');
}

export async function withinTime<T>(command: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([command, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
