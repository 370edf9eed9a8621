import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { Counter, type Registry } from 'prom-client';

export interface ResponseCacheOptions {
  /** Upper bound of the stored answers' total size. */
  maxSizeMb: number;
  /** Longest an answer is kept, whatever its cache hint says. */
  maxTtlSeconds: number;
}

interface CallerContext {
  /** The caller's Authorization header; anonymous when absent. */
  authorization?: string;
}

const isAnonymous = (context: CallerContext) => !context.authorization;

/**
 * Whole answers to anonymous queries, kept in this process for as long as their cache
 * hints allow (the most restrictive of the subgraphs' Cache-Control headers), at most
 * `maxTtlSeconds`. Every mutation this process answers clears it; other processes' stay
 * as they are until their entries expire.
 */
export function responseCache<Context extends CallerContext>(options: ResponseCacheOptions, registry: Registry): ApolloServerPlugin<Context>[] {
  const store = new InMemoryLRUCache<string>({ maxSize: Math.round(options.maxSizeMb * 2 ** 20) });
  const lookups = new Counter({
    name: 'passerelle_response_cache_lookups_total',
    help: 'Anonymous queries looked up in the gateway response cache, by result (hit, miss)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const clears = new Counter({
    name: 'passerelle_response_cache_clears_total',
    help: 'Times a mutation cleared the gateway response cache',
    registers: [registry],
  });
  // An answer computed while a mutation ran may predate it: it is stored only if no clear happened since its request began.
  let generation = 0;
  const startedIn = new WeakMap<GraphQLRequest, number>();

  const invalidation: ApolloServerPlugin<Context> = {
    async requestDidStart({ request }) {
      startedIn.set(request, generation);
      return {
        async willSendResponse({ operation, contextValue, metrics }) {
          if (operation?.operation === 'mutation') {
            generation += 1;
            store.clear();
            clears.inc();
          } else if (operation?.operation === 'query' && isAnonymous(contextValue)) {
            lookups.inc({ result: metrics.responseCacheHit ? 'hit' : 'miss' });
          }
        },
      };
    },
  };
  return [
    invalidation,
    responseCachePlugin<Context>({
      cache: withTtlBound(store, options.maxTtlSeconds),
      shouldReadFromCache: async ({ contextValue }) => isAnonymous(contextValue),
      shouldWriteToCache: async ({ contextValue, request }) => isAnonymous(contextValue) && startedIn.get(request) === generation,
    }),
  ];
}

function withTtlBound(store: InMemoryLRUCache<string>, maxTtlSeconds: number): KeyValueCache<string> {
  return {
    get: (key) => store.get(key),
    delete: (key) => store.delete(key),
    set: (key: string, value: string, options?: KeyValueCacheSetOptions) =>
      store.set(key, value, { ttl: Math.min(options?.ttl || maxTtlSeconds, maxTtlSeconds) }),
  };
}
