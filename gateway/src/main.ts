process.env.TZ = 'UTC';
import './tracing';
import cluster from 'node:cluster';
import os from 'node:os';
import { createAuthenticator, loggedJwtSecret } from '@passerelle/auth';
import { loadConfig, settingsLine } from '@passerelle/config';
import { createLogger, stopTracing } from '@passerelle/observability';
import { gatewaySettings, refuseInconsistentSettings } from './config';
import { startGateway } from './gateway';
import { refuseCachesBeyondHeap } from './heap-budget';
import { connectRedis, firstConnection } from './redis';
import { loadTrustedDocuments } from './trusted-documents';
import { superviseWorkers } from './workers';

async function main(): Promise<void> {
  const config = loadConfig(gatewaySettings);
  refuseInconsistentSettings(config);
  refuseCachesBeyondHeap(config);
  // read before any worker starts: a bad manifest stops the process at once, naming the entry
  const trustedDocuments = config.TRUSTED_DOCUMENTS ? loadTrustedDocuments(config.TRUSTED_DOCUMENTS) : undefined;
  const production = config.NODE_ENV === 'production';
  const logger = createLogger(config.LOG_LEVEL);
  const introspection = config.INTROSPECTION ?? !production;
  const workers = config.WORKERS === 'auto' ? os.availableParallelism() : config.WORKERS;
  if (cluster.isPrimary) {
    const resolved = { INTROSPECTION: introspection, WORKERS: workers, JWT_SECRET: loggedJwtSecret(config, production) };
    logger.info({ service: 'gateway', settings: settingsLine(gatewaySettings, config, resolved) }, 'settings');
    if (workers > 1) {
      superviseWorkers(workers, logger.child({ service: 'gateway' }));
      return;
    }
  }
  const usesRedis = config.RATE_LIMIT === 'redis' || config.RESPONSE_CACHE === 'redis' || config.ENTITY_CACHE === 'redis';
  const redis = config.REDIS_URL && usesRedis ? connectRedis(config.REDIS_URL, config.REDIS_KEY_PREFIX, logger.child({ service: 'gateway' })) : undefined;
  if (redis) await firstConnection(redis);
  const gateway = await startGateway({
    port: config.PORT,
    host: config.HOST,
    production,
    logger,
    authenticate: createAuthenticator({ ...config, production }),
    subgraphUrls: {
      organisations: config.ORGANISATIONS_URL,
      offers: config.OFFERS_URL,
      programmes: config.PROGRAMMES_URL,
    },
    corsOrigins: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    introspection,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    circuitBreaker: { failuresToOpen: config.CIRCUIT_BREAKER_FAILURES, halfOpenAfterMs: config.CIRCUIT_BREAKER_HALF_OPEN_MS },
    limits: {
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxCost: config.MAX_COST,
      maxTokens: config.MAX_TOKENS,
      maxDirectives: config.MAX_DIRECTIVES,
    },
    responseCache:
      config.RESPONSE_CACHE === 'off'
        ? undefined
        : {
            maxSizeMb: config.RESPONSE_CACHE_MAX_MB,
            maxTtlSeconds: config.RESPONSE_CACHE_MAX_TTL_SECONDS,
            redis: config.RESPONSE_CACHE === 'redis' ? redis : undefined,
          },
    entityCache:
      config.ENTITY_CACHE === 'off'
        ? undefined
        : {
            maxSizeMb: config.ENTITY_CACHE_MAX_MB,
            maxTtlSeconds: config.ENTITY_CACHE_MAX_TTL_SECONDS,
            redis: config.ENTITY_CACHE === 'redis' ? redis : undefined,
            otherWorkers: cluster.isWorker,
          },
    documentCacheMb: config.DOCUMENT_CACHE_MB,
    compressAboveBytes: config.COMPRESS_ABOVE_BYTES || undefined,
    queryPlanCacheMb: config.QUERY_PLAN_CACHE_MB,
    apolloTelemetry: !config.APOLLO_TELEMETRY_DISABLED,
    deduplicateFetches: config.DEDUPLICATE_SUBGRAPH_FETCHES,
    rateLimit:
      config.RATE_LIMIT === 'redis' && redis
        ? { redis, burst: config.RATE_LIMIT_BURST, costPerMinute: config.RATE_LIMIT_COST_PER_MINUTE }
        : undefined,
    trustProxyHops: config.TRUST_PROXY_HOPS,
    publicUrl: config.PUBLIC_URL,
    metricsOfAllWorkers: cluster.isWorker,
    trustedDocuments: trustedDocuments && { documents: trustedDocuments, adminBypass: config.TRUSTED_DOCUMENTS_ADMIN_BYPASS },
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    await gateway.stop();
    redis?.disconnect();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
