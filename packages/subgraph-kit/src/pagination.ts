import { badUserInput } from './errors';

/** Page sizes for every connection: clients get 20 by default and may ask for up to 100. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
}

type CursorKey = (string | number | null)[];

/**
 * Cursors are opaque to clients: base64url of the ordering they were made for and the
 * row's sort key. A cursor made for another ordering, or not made by us, is refused.
 */
export function encodeCursor(ordering: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ o: ordering, k: key })).toString('base64url');
}

export function decodeCursor(cursor: string, ordering: string, keyLength: number): CursorKey {
  const refuse = () => badUserInput('after', 'after is not a cursor this connection returned');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (typeof decoded !== 'object' || decoded === null) throw refuse();
  const { o, k } = decoded as { o?: unknown; k?: unknown };
  const validKey =
    Array.isArray(k) && k.length === keyLength && k.every((part) => part === null || typeof part === 'string' || typeof part === 'number');
  if (o !== ordering || !validKey) throw refuse();
  return k as CursorKey;
}

/** Validates `first` and decodes `after` for a connection ordered by `ordering`. */
export function pageArgs(args: PageArgs, ordering: string, keyLength: number): { limit: number; after: CursorKey | null } {
  const first = args.first ?? PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) {
    throw badUserInput('first', `first must be between 0 and ${PAGE_SIZE.max}; got ${first}`);
  }
  return { limit: first, after: args.after ? decodeCursor(args.after, ordering, keyLength) : null };
}

/**
 * Builds a Relay connection from rows fetched with `limit + 1`: the extra row only
 * tells whether another page exists.
 */
export function connection<Node>(
  rows: Node[],
  limit: number,
  ordering: string,
  keyOf: (node: Node) => CursorKey,
  totalCount: number | (() => Promise<number>),
): Connection<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(ordering, keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
