/** What the data set is made of: the generator's input. The same spec always gives the same rows. */
export interface DatasetSpec {
  seed: number;
  organisations: number;
  programmes: number;
  contributions: number;
  offers: number;
  /**
   * The day offers are dated around (the first of the current month by default): about one
   * offer in six is still open then, as on a real job board with a long archive.
   */
  anchor: string;
}

export const DEFAULT_SEED = 20261101;

/** The sizes; `--scale 0.1` makes a tenth of each for a quick run. */
export const FULL_SIZES = { organisations: 5_000, programmes: 1_000, contributions: 30_000, offers: 200_000 } as const;

/** Bumped whenever the generator changes what it makes, so that a stored data set is reloaded. */
export const GENERATOR_VERSION = 4;

export function specFor(seed: number, scale: number, anchor: string): DatasetSpec {
  const size = (full: number, minimum: number) => Math.max(minimum, Math.round(full * scale));
  return {
    seed,
    organisations: size(FULL_SIZES.organisations, 150),
    programmes: size(FULL_SIZES.programmes, 20),
    contributions: size(FULL_SIZES.contributions, 100),
    offers: size(FULL_SIZES.offers, 200),
    anchor,
  };
}

/** The first day of the current month (UTC), as YYYY-MM-DD. */
export function currentMonthAnchor(now = new Date()): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

/** Identifies a loaded data set: the spec, the generator and the schema it was loaded into. */
export function fingerprintOf(spec: DatasetSpec, migrations: string[]): string {
  return JSON.stringify({ generator: GENERATOR_VERSION, ...spec, migrations });
}

/**
 * The migrations a stored data set lacks, when it was made by the same generator from the
 * same spec and its schema is an earlier state of today's (its migrations a prefix of
 * today's): running them brings it up to date, as they would a production database,
 * without loading 13 million rows again. Null when it must be reloaded.
 */
export function missingMigrations(stored: string | null, spec: DatasetSpec, migrations: string[]): string[] | null {
  if (stored === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || !('migrations' in parsed) || !Array.isArray(parsed.migrations)) return null;
  const { migrations: storedMigrations, ...storedRest } = parsed as { migrations: string[] };
  if (JSON.stringify(storedRest) !== JSON.stringify({ generator: GENERATOR_VERSION, ...spec })) return null;
  if (storedMigrations.length > migrations.length) return null;
  if (storedMigrations.some((name, index) => migrations[index] !== name)) return null;
  return migrations.slice(storedMigrations.length);
}
