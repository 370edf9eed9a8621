import { logLevel, nodeEnv, port, url, z, booleanFlag } from '@passerelle/config';

const subgraphUrl = (defaultPort: number) => url(['http', 'https']).default(`http://localhost:${defaultPort}/graphql`);

export const gatewaySettings = {
  NODE_ENV: nodeEnv,
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevel,
  ORGANISATIONS_URL: subgraphUrl(4001),
  OFFERS_URL: subgraphUrl(4002),
  PROGRAMMES_URL: subgraphUrl(4003),
  /** Comma-separated browser origins allowed to call the gateway (Apollo Sandbox's by default). */
  CORS_ORIGINS: z.string().default('https://studio.apollographql.com'),
  /** Introspection is on in development and off in production unless this says otherwise. */
  INTROSPECTION: booleanFlag(false).optional(),
};
