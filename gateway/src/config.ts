import { authSettings } from '@passerelle/auth';
import { booleanFlag, ConfigError, logLevel, nodeEnv, port, tracingSettings, url, z } from '@passerelle/config';
import { DEFAULT_CIRCUIT_BREAKER } from './subgraph-fetch/stages/circuit-breaker/circuit-breaker';
import { DEFAULT_LIMITS } from './limits';

const subgraphUrl = (defaultPort: number) => url(['http', 'https']).default(`http://localhost:${defaultPort}/graphql`);
const positive = (fallback: number) => z.coerce.number({ error: 'expected a positive whole number' }).int().positive().default(fallback);

export const gatewaySettings = {
  ...authSettings,
  NODE_ENV: nodeEnv,
  PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: logLevel,
  /** The supergraph to serve; unset, the one composed from the four subgraphs (gateway/supergraph.graphql). */
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  ORGANISATIONS_URL: subgraphUrl(4001),
  OFFERS_URL: subgraphUrl(4002),
  PROGRAMMES_URL: subgraphUrl(4003),
  IMPORTS_URL: subgraphUrl(4004),
  /** Largest request body read, in bytes (413 past it): room for an importDocument's content (the imports service's IMPORT_MAX_BYTES) with its JSON escaping. */
  MAX_BODY_BYTES: positive(6_000_000),
  /** Comma-separated browser origins allowed to call the gateway (Apollo Sandbox's by default). */
  CORS_ORIGINS: z.string().default('https://studio.apollographql.com'),
  /**
   * Apollo Gateway's own switch for the usage data it sends Apollo every hour (after probing
   * cloud metadata endpoints at start-up); ours keeps it off unless an operator opts in.
   */
  APOLLO_TELEMETRY_DISABLED: booleanFlag(true),
  /** Introspection is on in development and off in production unless this says otherwise. */
  INTROSPECTION: booleanFlag(),
  /** Upper bound for one subgraph fetch; past it the fetch fails and the answer is partial. */
  SUBGRAPH_TIMEOUT_MS: positive(5000),
  /** Identical subgraph fetches for queries, in flight at the same time, share one request. */
  DEDUPLICATE_SUBGRAPH_FETCHES: booleanFlag(true),
  /** Consecutive failed fetches to one subgraph that open its circuit (calls fail at once); 0 turns the breaker off. */
  CIRCUIT_BREAKER_FAILURES: z.coerce
    .number({ error: 'expected a whole number' })
    .int()
    .min(0)
    .default(DEFAULT_CIRCUIT_BREAKER.failuresToOpen),
  /** How long an open circuit waits before one fetch probes the subgraph again. */
  CIRCUIT_BREAKER_HALF_OPEN_MS: positive(DEFAULT_CIRCUIT_BREAKER.halfOpenAfterMs),
  /** Gateway processes sharing the port: a number, or `auto` for one per core. */
  WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().positive()], { error: 'expected a positive whole number or "auto"' })
    .default(1),
  MAX_DEPTH: positive(DEFAULT_LIMITS.maxDepth),
  MAX_ALIASES: positive(DEFAULT_LIMITS.maxAliases),
  MAX_COST: positive(DEFAULT_LIMITS.maxCost),
  MAX_TOKENS: positive(DEFAULT_LIMITS.maxTokens),
  MAX_DIRECTIVES: positive(DEFAULT_LIMITS.maxDirectives),
  /** Each operation's cost estimated before any subgraph is called, refused above MAX_COST, and reported in every answer. */
  DEMAND_CONTROL: booleanFlag(true),
  /** The Redis server shared by every gateway process (response cache, rate limits), e.g. redis://127.0.0.1:6379. */
  REDIS_URL: url(['redis', 'rediss']).optional(),
  /** Put before every key and channel this gateway uses in Redis, so that several graphs (or test runs) share one server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'expected 1 to 64 letters, digits, _ : . or -')
    .default('passerelle:'),
  /** Whole answers to anonymous queries, as long as their cache hints allow: kept by each process (`memory`) or shared in REDIS_URL (`redis`). */
  RESPONSE_CACHE: z.enum(['off', 'memory', 'redis'], { error: 'expected off, memory or redis' }).default('off'),
  RESPONSE_CACHE_MAX_MB: positive(64),
  /** Longest an answer stays in the response cache, whatever its hint: bounds what other processes' writes leave stale. */
  RESPONSE_CACHE_MAX_TTL_SECONDS: positive(60),
  /** Entities of anonymous entity fetches, as long as their cache hints allow: kept by each process (`memory`) or shared in REDIS_URL (`redis`). */
  ENTITY_CACHE: z.enum(['off', 'memory', 'redis'], { error: 'expected off, memory or redis' }).default('memory'),
  ENTITY_CACHE_MAX_MB: positive(64),
  /** Longest an entity stays in the entity cache, whatever its hint: bounds what writes made without the gateway leave stale. */
  ENTITY_CACHE_MAX_TTL_SECONDS: positive(60),
  DOCUMENT_CACHE_MB: positive(30),
  /** Answers at least this large are compressed for clients that accept it; 0 compresses none. */
  COMPRESS_ABOVE_BYTES: z.coerce.number({ error: 'expected a whole number of bytes' }).int().min(0).default(1024),
  QUERY_PLAN_CACHE_MB: positive(30),
  /** `redis`: each client's operations are charged by their estimated cost to a bucket every gateway process shares in Redis. */
  RATE_LIMIT: z.enum(['off', 'redis'], { error: 'expected off or redis' }).default('off'),
  /** A client's bucket, in cost points: what it may spend at once after a pause. */
  RATE_LIMIT_BURST: positive(20_000),
  /** The cost points a client's bucket leaks each minute: its sustained budget. */
  RATE_LIMIT_COST_PER_MINUTE: positive(60_000),
  /** Proxies in front of the gateway whose X-Forwarded-For entries name the client; 0: the socket's peer is the client. */
  TRUST_PROXY_HOPS: z.coerce.number({ error: 'expected a whole number' }).int().min(0).default(0),
  /** The Atom/RSS feeds of offers (`/feeds/offers.atom`, `.rss`), served when the supergraph has the offers' OfferFilter. */
  FEEDS: booleanFlag(true),
  /** Where clients reach the gateway (scheme, host, port): the links its feeds carry. */
  PUBLIC_URL: url(['http', 'https']).optional(),
  /** A manifest of persisted documents (GraphQL Code Generator's persisted-documents.json): only its operations are executed for clients. */
  TRUSTED_DOCUMENTS: z.string().min(1).optional(),
  /** With TRUSTED_DOCUMENTS, signed-in admins may still send any operation. */
  TRUSTED_DOCUMENTS_ADMIN_BYPASS: booleanFlag(false),
  ...tracingSettings,
};

export type GatewaySettings = z.infer<z.ZodObject<typeof gatewaySettings>>;

/** Settings that are each valid alone but not together: the process refuses to start, naming them. */
export function refuseInconsistentSettings(config: GatewaySettings): void {
  const problems: string[] = [];
  if (config.RATE_LIMIT === 'redis') {
    if (!config.REDIS_URL)
      problems.push("REDIS_URL: required when RATE_LIMIT=redis (every gateway process keeps its clients' budgets there)");
    if (config.DEMAND_CONTROL && config.RATE_LIMIT_BURST < config.MAX_COST) {
      problems.push(
        `RATE_LIMIT_BURST: expected at least MAX_COST (${config.MAX_COST}), or an operation under the cost limit could never be admitted, got "${config.RATE_LIMIT_BURST}"`,
      );
    }
  }
  if (config.RESPONSE_CACHE === 'redis' && !config.REDIS_URL) {
    problems.push('REDIS_URL: RESPONSE_CACHE=redis needs the Redis server to keep answers in, e.g. redis://127.0.0.1:6379');
  }
  if (config.ENTITY_CACHE === 'redis' && !config.REDIS_URL) {
    problems.push('REDIS_URL: ENTITY_CACHE=redis needs the Redis server to keep entities in, e.g. redis://127.0.0.1:6379');
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
