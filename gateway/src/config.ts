import { authSettings } from '@passerelle/auth';
import { booleanFlag, logLevel, nodeEnv, port, url, z } from '@passerelle/config';
import { DEFAULT_CIRCUIT_BREAKER } from './circuit-breaker';

const subgraphUrl = (defaultPort: number) => url(['http', 'https']).default(`http://localhost:${defaultPort}/graphql`);
const positive = (fallback: number) => z.coerce.number({ error: 'expected a positive whole number' }).int().positive().default(fallback);

export const gatewaySettings = {
  ...authSettings,
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
  INTROSPECTION: booleanFlag(),
  /** Upper bound for one subgraph fetch; past it the fetch fails and the answer is partial. */
  SUBGRAPH_TIMEOUT_MS: positive(5000),
  /** Consecutive failed fetches to one subgraph that open its circuit (calls fail at once); 0 turns the breaker off. */
  CIRCUIT_BREAKER_FAILURES: z.coerce.number({ error: 'expected a whole number' }).int().min(0).default(DEFAULT_CIRCUIT_BREAKER.failuresToOpen),
  /** How long an open circuit waits before one fetch probes the subgraph again. */
  CIRCUIT_BREAKER_HALF_OPEN_MS: positive(DEFAULT_CIRCUIT_BREAKER.halfOpenAfterMs),
  /** Gateway processes sharing the port: a number, or `auto` for one per core. */
  WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().positive()], { error: 'expected a positive whole number or "auto"' })
    .default(1),
  MAX_DEPTH: positive(10),
  MAX_ALIASES: positive(15),
  MAX_COST: positive(20_000),
  MAX_TOKENS: positive(2000),
  MAX_DIRECTIVES: positive(20),
  /** The Redis server shared by every gateway process (response cache, rate limits), e.g. redis://127.0.0.1:6379. */
  REDIS_URL: url(['redis', 'rediss']).optional(),
  /** Put before every key and channel this gateway uses in Redis, so that several graphs (or test runs) share one server. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'expected 1 to 64 letters, digits, _ : . or -').default('passerelle:'),
  /** Whole answers to anonymous queries, as long as their cache hints allow: kept by each process (`memory`) or shared in REDIS_URL (`redis`). */
  RESPONSE_CACHE: z.enum(['off', 'memory', 'redis'], { error: 'expected off, memory or redis' }).default('off'),
  RESPONSE_CACHE_MAX_MB: positive(64),
  /** Longest an answer stays in the response cache, whatever its hint: bounds what other processes' writes leave stale. */
  RESPONSE_CACHE_MAX_TTL_SECONDS: positive(60),
  DOCUMENT_CACHE_MB: positive(30),
  /** Answers at least this large are compressed for clients that accept it; 0 compresses none. */
  COMPRESS_ABOVE_BYTES: z.coerce.number({ error: 'expected a whole number of bytes' }).int().min(0).default(1024),
  QUERY_PLAN_CACHE_MB: positive(30),
};

export type GatewaySettings = z.infer<z.ZodObject<typeof gatewaySettings>>;

/** Problems with settings that depend on one another (each variable alone is checked by its schema). */
export function settingsConflicts(config: GatewaySettings): string[] {
  return config.RESPONSE_CACHE === 'redis' && !config.REDIS_URL
    ? ['REDIS_URL: RESPONSE_CACHE=redis needs the Redis server to keep answers in, e.g. redis://127.0.0.1:6379']
    : [];
}
