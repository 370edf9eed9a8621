import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAuthenticator, type Authenticator } from '@passerelle/auth';
import type { Logger } from '@passerelle/observability';
import type { Redis } from 'ioredis';
import type { CircuitBreakerSettings } from './subgraph-fetch/stages/circuit-breaker/circuit-breaker';
import type { EntityCacheOptions } from './subgraph-fetch/stages/entity-cache/entity-cache';
import type { GatewaySettings } from './config';
import type { QueryLimits } from './limits';
import type { RateLimitOptions } from './rate-limit/rate-limit';
import type { ResponseCacheOptions } from './response-cache';
import type { TrustedDocuments } from './trusted-documents';

export type { EntityCacheOptions };

/** The supergraph of the four subgraphs, composed by `npm run compose`: the one served unless SUPERGRAPH_PATH names another. */
export const SUPERGRAPH_PATH = path.resolve(__dirname, '..', 'supergraph.graphql');

/**
 * What `startGateway` takes. Each field has no default of its own: `gatewayOptions` derives
 * them all from the settings (config.ts), where each variable's one default is written.
 * A feature that is off is absent (`responseCache`, `entityCache`, `rateLimit`,
 * `trustedDocuments`) or false (`demandControl`, `feeds`).
 */
export interface GatewayOptions {
  port: number;
  host: string;
  production: boolean;
  logger: Logger;
  authenticate: Authenticator;
  /** The supergraph served. */
  supergraphSdl: string;
  /** Where each subgraph listens, by name; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  /** Largest request body read; past it the client gets 413 with a GraphQL-shaped error. */
  maxBodyBytes: number;
  introspection: boolean;
  /** Upper bound of one subgraph fetch. */
  subgraphTimeoutMs: number;
  /** Per subgraph; `failuresToOpen` 0 turns it off. */
  circuitBreaker: CircuitBreakerSettings;
  limits: QueryLimits;
  /** Operations estimated above `limits.maxCost` are refused, and every answer reports its cost. */
  demandControl: boolean;
  /** Whole answers to anonymous queries, kept in memory or in Redis; off when absent. */
  responseCache?: ResponseCacheOptions;
  /** Entities of anonymous entity fetches, kept in memory or in Redis; off when absent. */
  entityCache?: EntityCacheOptions;
  /** Parsed and validated operations kept, in MB (Apollo Server's document store). */
  documentCacheMb: number;
  /** Compress answers of at least this many bytes for clients that accept it; unset, never. */
  compressAboveBytes?: number;
  /** Query plans kept, in MB (the gateway's query plan store). */
  queryPlanCacheMb: number;
  /** Identical subgraph fetches of queries in flight at once share one request. */
  deduplicateFetches: boolean;
  /** Let Apollo Gateway send Apollo its usage data. */
  apolloTelemetry: boolean;
  /** Each client's operations charged by their estimated cost to a bucket in Redis; off when absent. */
  rateLimit?: RateLimitOptions;
  /** Proxies in front whose X-Forwarded-For entries name the client; 0: the socket's peer does. */
  trustProxyHops: number;
  /** The Atom/RSS feeds of offers, served when the supergraph has the offers they read (logged when it has not). */
  feeds: boolean;
  /** Where clients reach the gateway: the origin of the feeds' links. Unset, the request's Host (or, behind trusted proxies, X-Forwarded-Host). */
  publicUrl?: string;
  /** A worker of several (node:cluster): `/metrics` shows all of them, gathered by the primary. */
  metricsOfAllWorkers: boolean;
  /** Only these operations are executed for clients (signed-in admins too, unless `adminBypass`); any operation when absent. */
  trustedDocuments?: { documents: TrustedDocuments; adminBypass: boolean };
}

/** What the process has besides its settings: its logger, its Redis connection, its place among workers. */
export interface GatewayRuntime {
  logger: Logger;
  /** Connected when a setting keeps state in Redis (see `usesRedis`). */
  redis?: Redis;
  /** One worker of several (node:cluster). */
  worker?: boolean;
  /** The manifest TRUSTED_DOCUMENTS names, read before any worker starts. */
  trustedDocuments?: TrustedDocuments;
}

/** Whether these settings keep anything in Redis (then REDIS_URL is required, and connected before the gateway starts). */
export const usesRedis = (settings: GatewaySettings): boolean =>
  settings.RATE_LIMIT === 'redis' || settings.RESPONSE_CACHE === 'redis' || settings.ENTITY_CACHE === 'redis';

/** Introspection: as INTROSPECTION says, else on outside production. */
export const introspectionOf = (settings: Pick<GatewaySettings, 'INTROSPECTION' | 'NODE_ENV'>): boolean =>
  settings.INTROSPECTION ?? settings.NODE_ENV !== 'production';

/** The gateway's options from its settings: the one place where a variable becomes an option. */
export function gatewayOptions(settings: GatewaySettings, runtime: GatewayRuntime): GatewayOptions {
  const production = settings.NODE_ENV === 'production';
  const { redis } = runtime;
  return {
    port: settings.PORT,
    host: settings.HOST,
    production,
    logger: runtime.logger,
    authenticate: createAuthenticator({ ...settings, production }),
    supergraphSdl: readFileSync(settings.SUPERGRAPH_PATH ?? SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: {
      organisations: settings.ORGANISATIONS_URL,
      offers: settings.OFFERS_URL,
      programmes: settings.PROGRAMMES_URL,
      imports: settings.IMPORTS_URL,
    },
    maxBodyBytes: settings.MAX_BODY_BYTES,
    corsOrigins: settings.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    introspection: introspectionOf(settings),
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    circuitBreaker: { failuresToOpen: settings.CIRCUIT_BREAKER_FAILURES, halfOpenAfterMs: settings.CIRCUIT_BREAKER_HALF_OPEN_MS },
    limits: {
      maxDepth: settings.MAX_DEPTH,
      maxAliases: settings.MAX_ALIASES,
      maxCost: settings.MAX_COST,
      maxTokens: settings.MAX_TOKENS,
      maxDirectives: settings.MAX_DIRECTIVES,
    },
    demandControl: settings.DEMAND_CONTROL,
    responseCache:
      settings.RESPONSE_CACHE === 'off'
        ? undefined
        : {
            maxSizeMb: settings.RESPONSE_CACHE_MAX_MB,
            maxTtlSeconds: settings.RESPONSE_CACHE_MAX_TTL_SECONDS,
            redis: settings.RESPONSE_CACHE === 'redis' ? redis : undefined,
          },
    entityCache:
      settings.ENTITY_CACHE === 'off'
        ? undefined
        : {
            maxSizeMb: settings.ENTITY_CACHE_MAX_MB,
            maxTtlSeconds: settings.ENTITY_CACHE_MAX_TTL_SECONDS,
            redis: settings.ENTITY_CACHE === 'redis' ? redis : undefined,
            otherWorkers: runtime.worker ?? false,
          },
    documentCacheMb: settings.DOCUMENT_CACHE_MB,
    compressAboveBytes: settings.COMPRESS_ABOVE_BYTES || undefined,
    queryPlanCacheMb: settings.QUERY_PLAN_CACHE_MB,
    deduplicateFetches: settings.DEDUPLICATE_SUBGRAPH_FETCHES,
    apolloTelemetry: !settings.APOLLO_TELEMETRY_DISABLED,
    rateLimit:
      settings.RATE_LIMIT === 'redis' && redis
        ? { redis, burst: settings.RATE_LIMIT_BURST, costPerMinute: settings.RATE_LIMIT_COST_PER_MINUTE }
        : undefined,
    trustProxyHops: settings.TRUST_PROXY_HOPS,
    feeds: settings.FEEDS,
    publicUrl: settings.PUBLIC_URL,
    metricsOfAllWorkers: runtime.worker ?? false,
    trustedDocuments: runtime.trustedDocuments && {
      documents: runtime.trustedDocuments,
      adminBypass: settings.TRUSTED_DOCUMENTS_ADMIN_BYPASS,
    },
  };
}
