import type { Logger } from '@passerelle/observability';
import type { Redis } from 'ioredis';
import { redisGeneration, redisOutage, sizedMemoryCache, withinTime, type RedisGeneration } from '../../../cache-generations';
import type { WorkerRelay } from './worker-relay';

export interface StoredEntity {
  key: string;
  value: string;
  ttlSeconds: number;
}

/**
 * Where the entity cache keeps entities, and each subgraph's generation. Entities are stored
 * under the generation their fetch began in (it is part of their key); a mutation fetch to a
 * subgraph starts a new generation of its entities, so nothing stored before it is read again.
 */
export interface EntityStore {
  /** The subgraph's current generation; undefined when it cannot be known now (fetch without the cache). */
  generation(subgraph: string): Promise<string | undefined>;
  /** Starts a new generation of the subgraph's entities, everywhere this store is seen, before it resolves. */
  newGeneration(subgraph: string): Promise<void>;
  /** The value under each key, undefined for those absent (or unreadable). */
  read(keys: string[]): Promise<(string | undefined)[]>;
  write(entries: StoredEntity[]): Promise<void>;
}

/**
 * One process's entities, in its memory (least recently used go first past `maxSizeMb`).
 * Generations are this process's counters; `relay`, when it is a worker of several,
 * carries its new generations to the others and theirs to it.
 */
export function memoryEntityStore(maxSizeMb: number, relay?: (onNewGeneration: (subgraph: string) => void) => WorkerRelay): EntityStore {
  const entries = sizedMemoryCache(maxSizeMb);
  const generations = new Map<string, number>();
  const bump = (subgraph: string) => generations.set(subgraph, (generations.get(subgraph) ?? 0) + 1);
  const otherWorkers = relay?.(bump);
  return {
    generation: async (subgraph) => String(generations.get(subgraph) ?? 0),
    newGeneration: async (subgraph) => {
      bump(subgraph);
      await otherWorkers?.announce(subgraph);
    },
    read: (keys) => Promise.all(keys.map((key) => entries.get(key))),
    // without lru-cache's own TTL, whose bookkeeping doubled the cost of each read and write:
    // a value carries its expiry, an expired one is a miss, and the size bound evicts it
    write: async (stored) => {
      for (const { key, value } of stored) await entries.set(key, value);
    },
  };
}

const GENERATION_KEY = 'entity-cache:generation:';
const ENTRY_PREFIX = 'entity-cache:entry:';

/**
 * Entities shared by every gateway process that names this Redis server (keys under
 * REDIS_KEY_PREFIX), one generation per subgraph. Fails open as the response cache does:
 * while Redis is out of reach, fetches go to the subgraphs, and it says so once in the log.
 */
export function redisEntityStore(redis: Redis, logger: Logger): EntityStore {
  const outage = redisOutage(logger, 'entity cache');
  const generations = new Map<string, RedisGeneration>();
  const generationOf = (subgraph: string) => {
    let generation = generations.get(subgraph);
    if (!generation) generations.set(subgraph, (generation = redisGeneration(redis, GENERATION_KEY + subgraph, outage)));
    return generation;
  };
  return {
    generation: (subgraph) => generationOf(subgraph).current(),
    newGeneration: async (subgraph) => {
      await generationOf(subgraph).renew();
    },
    read: async (keys) => {
      try {
        const values = await withinTime(redis.mget(keys.map((key) => ENTRY_PREFIX + key)));
        return values.map((value) => value ?? undefined);
      } catch {
        return keys.map(() => undefined);
      }
    },
    write: async (stored) => {
      if (stored.length === 0) return;
      const pipeline = redis.pipeline();
      for (const { key, value, ttlSeconds } of stored) pipeline.set(ENTRY_PREFIX + key, value, 'EX', ttlSeconds);
      await withinTime(pipeline.exec()).catch(() => undefined);
    },
  };
}
