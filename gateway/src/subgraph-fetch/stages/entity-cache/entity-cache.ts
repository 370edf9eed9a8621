import { OperationTypeNode } from 'graphql';
import type { Logger } from '@passerelle/observability';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import {
  cacheControlOf,
  withVariables,
  type GraphQLAnswer,
  type Next,
  type Stage,
  type SubgraphAnswer,
  type SubgraphFetch,
} from '../../fetch-context';
import { memoryEntityStore, redisEntityStore, type EntityStore, type StoredEntity } from './entity-stores';
import { selectionKey, sortedJson } from './selection-key';
import { workerRelay } from './worker-relay';

export interface EntityCacheOptions {
  /** Upper bound of the stored entities' total size, when this process keeps them. */
  maxSizeMb: number;
  /** Longest an entity is kept, whatever its cache hint says. */
  maxTtlSeconds: number;
  /** Keeps the entities in this Redis server instead, shared with every gateway process that uses it. */
  redis?: Redis;
  /** This process is a worker of several (node:cluster) keeping entities in memory: each tells the others of its writes. */
  otherWorkers?: boolean;
}

/**
 * Entities of anonymous `_entities` fetches made for queries, kept per subgraph, selection
 * (the fetch's operation and other variables) and representation, as long as the subgraph's
 * Cache-Control allows, at most `maxTtlSeconds`. Only the entities not found are passed on;
 * the answer is merged back in the representations' order, errors at the indexes asked for.
 * A mutation fetch to a subgraph starts a new generation of its entities before its answer
 * goes on, answered or not (a write that timed out may have been made).
 */
export function entityCache(options: EntityCacheOptions, registry: Registry, logger: Logger): Stage {
  const { redis, maxSizeMb, otherWorkers } = options;
  const store = redis ? redisEntityStore(redis, logger) : memoryEntityStore(maxSizeMb, otherWorkers ? workerRelay : undefined);
  const lookups = entityCacheLookups(registry);
  return async (fetch, next) => {
    if (fetch.kind === OperationTypeNode.MUTATION) {
      try {
        return await next(fetch);
      } finally {
        await store.newGeneration(fetch.subgraph);
      }
    }
    if (!fetch.entities || !fetch.forQuery || fetch.authorization !== undefined) return next(fetch);
    return cachedEntities(fetch, next, store, options.maxTtlSeconds, lookups);
  };
}

function entityCacheLookups(registry: Registry): Counter<'subgraph' | 'result'> {
  return new Counter({
    name: 'passerelle_entity_cache_lookups_total',
    help: 'Entities of anonymous query fetches looked up in the gateway entity cache, by subgraph and result (hit, miss, unavailable: Redis could not be reached)',
    labelNames: ['subgraph', 'result'] as const,
    registers: [registry],
  });
}

async function cachedEntities(
  fetch: SubgraphFetch,
  next: Next,
  store: EntityStore,
  maxTtlSeconds: number,
  lookups: Counter<'subgraph' | 'result'>,
): Promise<SubgraphAnswer> {
  const { subgraph, variables } = fetch;
  const representations = variables.representations;
  if (!Array.isArray(representations) || representations.length === 0) return next(fetch);
  const generation = await store.generation(subgraph);
  if (generation === undefined) {
    lookups.inc({ subgraph, result: 'unavailable' }, representations.length);
    return next(fetch);
  }
  const prefix = `${subgraph}:${generation}:${selectionKey(fetch.document, variables)}:`;
  const keys = representations.map((representation) => prefix + sortedJson(representation));
  const now = Date.now();
  const found = (await store.read(keys)).map((value) => (value === undefined ? undefined : storedEntity(value, now)));
  const missing = found.flatMap((entity, index) => (entity ? [] : [index]));
  const hits = representations.length - missing.length;
  if (hits > 0) lookups.inc({ subgraph, result: 'hit' }, hits);
  if (missing.length > 0) lookups.inc({ subgraph, result: 'miss' }, missing.length);
  const hitsMaxAge = Math.min(...found.flatMap((entity) => (entity ? [entity.maxAge] : [])));
  const entities = found.map((entity) => (entity ? (JSON.parse(entity.json) as unknown) : null));
  if (missing.length === 0) return { status: 200, cacheControl: `max-age=${hitsMaxAge}, public`, body: { data: { _entities: entities } } };

  const all = missing.length === representations.length;
  const answer = await next(
    all ? fetch : withVariables(fetch, { ...variables, representations: missing.map((index): unknown => representations[index]) }),
  );
  const body = answer.body;
  const maxAge = storableMaxAge(answer, missing.length);
  // not awaited: an entity stored late is stored under the generation its fetch began in all the same
  if (maxAge > 0)
    void store.write(
      toStore(
        body!.data!._entities as unknown[],
        missing.map((index) => keys[index]!),
        Math.min(maxAge, maxTtlSeconds),
        now,
      ),
    );
  if (all || !body) return answer;

  const answered = body.data?._entities as unknown[] | null | undefined;
  missing.forEach((index, position) => (entities[index] = answered?.[position] ?? null));
  const merged: GraphQLAnswer = { data: { _entities: entities } };
  if (body.errors) merged.errors = body.errors.map((error) => ({ ...error, path: originalPath(error.path, missing) }));
  return {
    status: answer.status,
    cacheControl: maxAge > 0 ? `max-age=${Math.min(maxAge, hitsMaxAge)}, public` : answer.cacheControl,
    body: merged,
  };
}

function toStore(entities: unknown[], keys: string[], ttlSeconds: number, now: number): StoredEntity[] {
  const expiresAt = Math.floor(now / 1000) + ttlSeconds;
  return entities.flatMap((entity, position) =>
    entity === null ? [] : [{ key: keys[position]!, value: `${expiresAt} ${JSON.stringify(entity)}`, ttlSeconds }],
  );
}

/** A stored value is `<expiry, unix seconds> <entity JSON>`: the expiry gives the hit's remaining max-age. */
function storedEntity(value: string, now: number): { json: string; maxAge: number } | undefined {
  const space = value.indexOf(' ');
  const maxAge = Number(value.slice(0, space)) - Math.floor(now / 1000);
  return maxAge > 0 ? { json: value.slice(space + 1), maxAge } : undefined;
}

/** Cache-Control directives that keep an answer out of the cache, whatever its max-age. */
const UNSTORABLE = ['private', 'no-store', 'no-cache'];

/** The answer's max-age when it may be stored (public, complete, no errors); 0 when not. */
function storableMaxAge({ status, body, cacheControl }: SubgraphAnswer, asked: number): number {
  const entities = body?.data?._entities;
  if (status !== 200 || body?.errors?.length || !Array.isArray(entities) || entities.length !== asked) return 0;
  const { directives, maxAge = 0 } = cacheControlOf(cacheControl);
  return UNSTORABLE.some((directive) => directives.has(directive)) ? 0 : maxAge;
}

/** An error's path in the fetch the gateway asked for: `_entities.<i>` of the subset is `_entities.<missing[i]>`. */
function originalPath(path: readonly (string | number)[] | undefined, missing: number[]): (string | number)[] | undefined {
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return path && [...path];
  return ['_entities', missing[path[1]] ?? path[1], ...path.slice(2)];
}
