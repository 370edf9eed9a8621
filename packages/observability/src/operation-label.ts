const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_DISTINCT = 200;
const seen = new Set<string>();

/**
 * A metrics label for an operation name. Clients choose names, so the set is capped:
 * past 200 distinct names, new ones count as "other" rather than growing the series.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name || !NAME.test(name)) return 'anonymous';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_DISTINCT) return 'other';
  seen.add(name);
  return name;
}
