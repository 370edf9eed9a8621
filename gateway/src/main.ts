process.env.TZ = 'UTC';
import { loadConfig } from '@passerelle/config';
import pino from 'pino';
import { gatewaySettings } from './config';
import { startGateway } from './gateway';

async function main(): Promise<void> {
  const config = loadConfig(gatewaySettings);
  const logger = pino({ name: 'gateway', level: config.LOG_LEVEL, base: { service: 'gateway' } });
  const gateway = await startGateway({
    port: config.PORT,
    host: config.HOST,
    production: config.NODE_ENV === 'production',
    logger,
    subgraphUrls: {
      organisations: config.ORGANISATIONS_URL,
      offers: config.OFFERS_URL,
      programmes: config.PROGRAMMES_URL,
    },
    corsOrigins: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    introspection: config.INTROSPECTION,
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'draining in-flight requests, then stopping');
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
