import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@passerelle/observability';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import { memoryStore, redisStore } from './cache-generations';

export interface ResponseCacheOptions {
  /** Upper bound of the stored answers' total size, when this process keeps them. */
  maxSizeMb: number;
  /** Longest an answer is kept, whatever its cache hint says. */
  maxTtlSeconds: number;
  /** Keeps the answers in this Redis server instead, shared with every gateway process that uses it. */
  redis?: Redis;
}

interface CallerContext {
  /** The caller's Authorization header; anonymous when absent. */
  authorization?: string;
}

const isAnonymous = (context: CallerContext) => !context.authorization;

/**
 * Whole answers to anonymous queries, kept for as long as their cache hints allow (the most
 * restrictive of the subgraphs' Cache-Control headers), at most `maxTtlSeconds`: in this
 * process, or in Redis for every process. A mutation starts a new generation before its
 * answer leaves, and answers are stored under the generation their request began in, so no
 * process serves an answer older than a write whose response a client has received.
 */
export function responseCache<Context extends CallerContext>(
  options: ResponseCacheOptions,
  registry: Registry,
  logger: Logger,
): ApolloServerPlugin<Context>[] {
  const store = options.redis ? redisStore(options.redis, logger) : memoryStore(options.maxSizeMb);
  const lookups = new Counter({
    name: 'passerelle_response_cache_lookups_total',
    help: 'Anonymous queries looked up in the gateway response cache, by result (hit, miss, unavailable: Redis could not be reached)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const clears = new Counter({
    name: 'passerelle_response_cache_clears_total',
    help: 'Times a mutation started a new response cache generation (every answer stored before it is dropped)',
    registers: [registry],
  });
  // The generation each anonymous query began in; null when it could not be read (no cache for that request).
  const startedIn = new WeakMap<GraphQLRequest, string | null>();

  const invalidation: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, metrics, request }) {
          if (operation?.operation === OperationTypeNode.MUTATION) {
            if (await store.newGeneration()) clears.inc();
          } else if (operation?.operation === OperationTypeNode.QUERY && isAnonymous(contextValue)) {
            const result = metrics.responseCacheHit ? 'hit' : startedIn.get(request) === null ? 'unavailable' : 'miss';
            lookups.inc({ result });
          }
        },
      };
    },
  };
  return [
    invalidation,
    responseCachePlugin<Context>({
      cache: withTtlBound(store.entries, options.maxTtlSeconds),
      // called for queries only, before execution: the generation becomes part of the key
      extraCacheKeyData: async ({ request, contextValue }) => {
        if (!isAnonymous(contextValue)) return null;
        const generation = (await store.currentGeneration()) ?? null;
        startedIn.set(request, generation);
        return generation;
      },
      shouldReadFromCache: async ({ request, contextValue }) => isAnonymous(contextValue) && typeof startedIn.get(request) === 'string',
      // An answer computed while a mutation ran may predate it: stored only if no new generation began since its request did.
      shouldWriteToCache: async (requestContext) => {
        const started = startedIn.get(requestContext.request);
        if (!isAnonymous(requestContext.contextValue) || typeof started !== 'string' || !worthStoring(requestContext)) return false;
        return (await store.currentGeneration()) === started;
      },
    }),
  ];
}

/** What the plugin would store anyway: checked first, to spare a generation lookup. */
function worthStoring({ response, overallCachePolicy }: GraphQLRequestContext<CallerContext>): boolean {
  const body = response.body;
  if (body?.kind !== 'single') return false;
  return !body.singleResult.errors && !!body.singleResult.data && overallCachePolicy.policyIfCacheable() !== null;
}

function withTtlBound(store: KeyValueCache<string>, maxTtlSeconds: number): KeyValueCache<string> {
  return {
    get: (key) => store.get(key),
    delete: (key) => store.delete(key),
    set: (key: string, value: string, options?: KeyValueCacheSetOptions) =>
      store.set(key, value, { ttl: Math.min(options?.ttl || maxTtlSeconds, maxTtlSeconds) }),
  };
}
