import { z } from 'zod';

export { z };
export { REDACTED, settingsLine } from './settings-line';
export { CALENDAR_DATE_FORMS, INSTANT_FORM, instantOf, isCalendarDate } from './calendar';

/** Raised at start-up when the environment does not satisfy a service's schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Every problem names the variable,
 * e.g. `PORT: expected a whole number from 0 to 65535, got "abc"`.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  refuseDefaultsThatHideUnset(shape);
  const result = z.object(shape).safeParse(withoutEmptyStrings(env));
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = env[name];
      return `${name}: ${issue.message}${got === undefined ? '' : `, got "${got}"`}`;
    }),
  );
}

/**
 * zod 4 applies a default even inside `.optional()`, so `x.default(v).optional()` is never
 * unset and a default derived later (`INTROSPECTION ?? !production`) would never apply.
 * Such a shape is a programming error: the process refuses to start, naming the variable.
 */
function refuseDefaultsThatHideUnset(shape: z.ZodRawShape): void {
  for (const [name, schema] of Object.entries(shape)) {
    if (schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodDefault) {
      throw new Error(`${name}: a default inside .optional() always applies; drop one of them (an optional flag is booleanFlag())`);
    }
  }
}

function withoutEmptyStrings(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}

export const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a whole number from 0 to 65535' })
    .int('expected a whole number from 0 to 65535')
    .min(0, 'expected a whole number from 0 to 65535')
    .max(65535, 'expected a whole number from 0 to 65535')
    .default(fallback);

export const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol.replace(/:$/, ''));
      } catch {
        return false;
      }
    },
    { message: `expected a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` },
  );

export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

/**
 * Read by every process for its settings line; the OpenTelemetry SDK reads it (and the other
 * standard OTEL_* variables) itself. Unset, tracing is off.
 */
export const tracingSettings = {
  /** The OTLP/HTTP collector spans are sent to, e.g. http://127.0.0.1:4318 (the SDK adds /v1/traces). */
  OTEL_EXPORTER_OTLP_ENDPOINT: url(['http', 'https']).optional(),
};

/** The settings every subgraph shares, with a database of its own or without one; a service adds its own. */
export const serviceSettings = (defaultPort: number) => ({
  NODE_ENV: nodeEnv,
  PORT: port(defaultPort),
  LOG_LEVEL: logLevel,
  /** The interface to listen on; containers set 0.0.0.0. */
  HOST: z.string().default('127.0.0.1'),
  /** What one operation may ask of a subgraph called directly: above the gateway's own limits, which clients meet first. */
  SUBGRAPH_MAX_DEPTH: wholeNumber(15),
  SUBGRAPH_MAX_ALIASES: wholeNumber(30),
  /** Objects one answer may hold (a list counts its size): above the gateway's MAX_COST, where each object costs at least 1. */
  SUBGRAPH_MAX_OBJECTS: wholeNumber(25_000),
  ...tracingSettings,
});

/** The settings every subgraph with a database of its own shares; a service adds its own. */
export const subgraphSettings = (defaultPort: number) => ({
  ...serviceSettings(defaultPort),
  /** A MySQL server URL (no database): each service uses its own database on it. */
  MYSQL_URL: url(['mysql']).optional(),
  /** Each service's database on that server is `<prefix>_<service>`. */
  MYSQL_DATABASE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,40}$/, 'expected letters, digits and _ (at most 41)')
    .default('passerelle'),
  /** Where the embedded SQLite files live when no MySQL URL is set. */
  SQLITE_DIR: z.string().default('data'),
  /** Load the demo data from the seed documents at start-up (idempotent). */
  SEED: booleanFlag(true),
  /** Upper bound for one SQL statement on MySQL/MariaDB, in milliseconds. */
  QUERY_TIMEOUT_MS: z.coerce.number({ error: 'expected milliseconds' }).int().positive().default(5000),
  /** Largest request body a subgraph reads (413 past it): room for the records of one imported document (IMPORT_MAX_BYTES), which reach their owner in one request. */
  SUBGRAPH_MAX_BODY_BYTES: wholeNumber(12_000_000),
});

function wholeNumber(fallback: number) {
  return z.coerce.number({ error: 'expected a whole number' }).int().positive().default(fallback);
}

/** `true`/`false`/`1`/`0`; without a fallback, an unset flag stays `undefined`, for a default the process derives. */
export function booleanFlag(): z.ZodOptional<ReturnType<typeof flag>>;
export function booleanFlag(fallback: boolean): z.ZodDefault<ReturnType<typeof flag>>;
export function booleanFlag(fallback?: boolean) {
  return fallback === undefined ? flag().optional() : flag().default(fallback);
}

const flag = () =>
  z.enum(['true', 'false', '1', '0'], { error: 'expected true or false' }).transform((value) => value === 'true' || value === '1');
