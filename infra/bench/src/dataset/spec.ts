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
