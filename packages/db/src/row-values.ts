/*
 * Column values as the drivers return them in raw rows, turned into what an entity holds, the
 * same on both databases: what TypeORM's hydration does for prebuilt statements (the services'
 * `*.sql.ts`), which read rows without it.
 */

const SQLITE_DATETIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * A DATETIME: mysql2 reads it as a Date (the pool reads in UTC); SQLite holds the UTC text
 * TypeORM or `datetime('now')` wrote, "2026-12-04 17:48:24.123", with no zone.
 */
export function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the driver's text or number
  const text = String(value);
  const sqlite = SQLITE_DATETIME.exec(text);
  return new Date(sqlite ? `${sqlite[1]}T${sqlite[2]}Z` : text);
}

/** A BOOLEAN: 0 or 1 on both databases (TINYINT on MySQL, INTEGER on SQLite). */
export function booleanOf(value: unknown): boolean {
  return Boolean(Number(value));
}

/** An INT; a null stays null. */
export function integerOf(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A VARCHAR or TEXT column that is never null. */
export function textOf(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`a text column held ${typeof value}`);
  return value;
}

/** A nullable VARCHAR or TEXT column. */
export function nullableTextOf(value: unknown): string | null {
  return value === null || value === undefined ? null : textOf(value);
}

/** A VARCHAR holding one of `values` (an enum the entity declares). */
export function memberOf<Value extends string>(values: readonly Value[], value: unknown): Value {
  const member = values.find((candidate) => candidate === value);
  if (member === undefined) throw new TypeError(`a column held ${JSON.stringify(value)}, none of ${values.join(', ')}`);
  return member;
}

/** A `simple-json` column: JSON text on both databases. */
export function jsonOf<Value>(value: unknown): Value {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Value;
}

const placeholderLists = new Map<number, string>();

/** "?, ?, ?" for an IN list of `count` values, built once per length up to a page's worth. */
export function placeholders(count: number): string {
  let list = placeholderLists.get(count);
  if (list === undefined) {
    list = Array.from({ length: count }, () => '?').join(', ');
    if (count <= 200) placeholderLists.set(count, list);
  }
  return list;
}
