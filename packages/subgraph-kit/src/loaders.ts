import DataLoader from 'dataloader';

/**
 * One query for many ids: `load(id)` calls within a tick are batched into one
 * `fetch(ids)`. Ids with no row resolve to `null`.
 */
export function keyedLoader<Row, Key extends string = string>(
  fetch: (ids: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
): DataLoader<Key, Row | null> {
  return new DataLoader(async (ids) => {
    const byKey = new Map((await fetch(ids)).map((row) => [keyOf(row), row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}

/** One query for the children of many parents; a parent with none gets `[]`. */
export function groupedLoader<Row, Key extends string = string>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  groupOf: (row: Row) => Key,
): DataLoader<Key, Row[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<Key, Row[]>();
    for (const row of await fetch(keys)) {
      const key = groupOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
