import { foldedNameSearch, nameOrdering, namePageKey, type NamePageKey, type NameRanked } from '@passerelle/db';
import { connection, pageArgs, type Connection, type PageArgs } from './pagination';

/**
 * A connection of rows listed by name or, with a search, best match first (an exact name,
 * then names beginning with the search, then the rest: `namePage` of @passerelle/db). Its
 * cursors carry the tier, so pages continue within and across tiers.
 */
export async function nameConnection<Row extends { id: string; sortName: string }>(
  args: PageArgs,
  search: string | null | undefined,
  fetch: (rowCount: number, after: NamePageKey | null) => Promise<NameRanked<Row>[]>,
  count: () => Promise<number>,
): Promise<Connection<Row>> {
  const { ordering, keyLength } = nameOrdering(foldedNameSearch(search));
  const { limit, after } = pageArgs(args, ordering, keyLength);
  const rows = await fetch(limit + 1, after); // one more than asked tells whether another page follows
  const ranked = connection(rows, limit, ordering, ({ row, tier }) => namePageKey(row, tier), count);
  return { ...ranked, edges: ranked.edges.map(({ cursor, node }) => ({ cursor, node: node.row })) };
}
