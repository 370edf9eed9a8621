process.env.TZ = 'UTC';
import './tracing';
import cluster from 'node:cluster';
import os from 'node:os';
import { loggedJwtSecret } from '@passerelle/auth';
import { loadConfig, settingsLine } from '@passerelle/config';
import { createLogger, stopTracing } from '@passerelle/observability';
import { gatewaySettings, refuseInconsistentSettings } from './config';
import { startGateway } from './gateway';
import { refuseCachesBeyondHeap } from './heap-budget';
import { gatewayOptions, introspectionOf, usesRedis } from './options';
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
  const workers = config.WORKERS === 'auto' ? os.availableParallelism() : config.WORKERS;
  if (cluster.isPrimary) {
    const resolved = { INTROSPECTION: introspectionOf(config), WORKERS: workers, JWT_SECRET: loggedJwtSecret(config, production) };
    logger.info({ service: 'gateway', settings: settingsLine(gatewaySettings, config, resolved) }, 'settings');
    if (workers > 1) {
      superviseWorkers(workers, logger.child({ service: 'gateway' }));
      return;
    }
  }
  const redis =
    config.REDIS_URL && usesRedis(config)
      ? connectRedis(config.REDIS_URL, config.REDIS_KEY_PREFIX, logger.child({ service: 'gateway' }))
      : undefined;
  if (redis) await firstConnection(redis);
  const gateway = await startGateway(gatewayOptions(config, { logger, redis, worker: cluster.isWorker, trustedDocuments }));
  const stop = async () => {
    await gateway.stop();
    redis?.disconnect();
    await stopTracing();
  };
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
