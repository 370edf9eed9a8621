import type { z } from 'zod';

/** What a log line shows instead of a secret. */
export const REDACTED = '[redacted]';

/** Names of variables that hold secrets (MAX_TOKENS does not). */
const SECRET_NAME = /SECRET|PASSWORD|_KEY$/;
const URL_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]+@/i;

/**
 * The settings a process runs with, for the one `settings` line it logs at start-up: every
 * variable its schema reads, `null` when unset. `resolved` holds the values the process
 * derives itself (introspection from NODE_ENV, `WORKERS=auto` as a number) and is shown as
 * given; every other value has secrets and URL passwords redacted.
 */
export function settingsLine<S extends z.ZodRawShape>(
  shape: S,
  config: z.infer<z.ZodObject<S>>,
  resolved: Partial<Record<keyof S, unknown>> = {},
): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(shape).map((name) => [name, name in resolved ? resolved[name] : redacted(name, (config as Record<string, unknown>)[name])]),
  );
}

function redacted(name: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (SECRET_NAME.test(name)) return REDACTED;
  return typeof value === 'string' ? value.replace(URL_PASSWORD, `$1${REDACTED}@`) : value;
}
