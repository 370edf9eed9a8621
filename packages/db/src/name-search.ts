import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { foldForSearch } from './search-text';

/*
 * Search by name for tables that keep, per row, the folded text of its names
 * (`search_text`, made by `namesSearchText`) and its folded name (`sort_name`): organisations
 * and programmes. A search matches a row when one of its names contains it; the rows come
 * in tiers, an exact name (or acronym, or alias) first, then names beginning with the search,
 * then the rest, each tier by name then id. Without a search, rows come by name then id.
 */

/** How well a row's names match a search, best first. */
export const NAME_TIER = { exact: 0, prefix: 1, contains: 2 } as const;

const SEPARATOR = ' | ';

/**
 * The folded text a name search runs against: "united nations development programme | undp | pnud".
 * An absent name leaves an empty place ("intersos |"): every name is followed or preceded by
 * the separator, which is how a whole name is told from a part of one.
 */
export function namesSearchText(names: readonly (string | null | undefined)[]): string {
  return foldForSearch(names.map((name) => name ?? '').join(SEPARATOR));
}

/** The search as compared with `namesSearchText`, or null when it has nothing to look for. */
export function foldedNameSearch(search: string | null | undefined): string | null {
  return (search && foldForSearch(search)) || null;
}

/** The cursor key of a row in its list: with a search `[tier, sortName, id]`, else `[sortName, id]`. */
export type NamePageKey = (string | number | null)[];

/** Which ordering a list of names is in: a cursor made for one is refused by the other. */
export function nameOrdering(search: string | null): { ordering: string; keyLength: number } {
  return search ? { ordering: 'name-match', keyLength: 3 } : { ordering: 'name', keyLength: 2 };
}

export function namePageKey(row: { sortName: string; id: string }, tier: number | null): NamePageKey {
  return tier === null ? [row.sortName, row.id] : [tier, row.sortName, row.id];
}

/** Keeps the rows (aliased `alias`) one of whose names contains `search`. */
export function whereNameContains<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, alias: string, search: string | null) {
  if (search) query.andWhere(`${alias}.search_text LIKE :nameContains ESCAPE '!'`, { nameContains: `%${escapeLike(search)}%` });
  return query;
}

/** A row of a list by name, with how well its names match the search (null without one). */
export interface NameRanked<Row> {
  row: Row;
  tier: number | null;
}

/** Up to `limit` rows of `query` (narrowed by `whereNameContains`) in the list's order, after `after`. */
export async function namePage<Row extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  search: string | null,
  after: NamePageKey | null,
  limit: number,
): Promise<NameRanked<Row>[]> {
  const { entities, raw } = await orderByName(query, alias, search, after).limit(limit).getRawAndEntities<Record<string, unknown>>();
  const tierById = new Map(raw.map((row) => [String(row[`${alias}_id`]), Number(row.name_tier)]));
  return entities.map((row) => ({ row, tier: search ? tierById.get(row.id)! : null }));
}

/**
 * Orders the rows of `query` (aliased `alias`, already narrowed by `whereNameContains`) by
 * tier, name and id, selecting the tier as `name_tier`, and keeps those after `after`. It
 * reads every matching row once (the search cannot use an index: it matches inside names)
 * and sorts only those, keeping the best `limit`.
 */
function orderByName<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  alias: string,
  search: string | null,
  after: NamePageKey | null,
): SelectQueryBuilder<Row> {
  const name = `${alias}.sort_name`;
  const id = `${alias}.id`;
  const tier = search ? tierOf(`${alias}.search_text`) : null;
  if (tier) {
    const text = escapeLike(search!);
    query.addSelect(tier, 'name_tier').setParameters({
      nameExactFirst: `${text}${SEPARATOR.trimEnd()}%`,
      nameExactLast: `%${SEPARATOR}${text}`,
      nameExactInside: `%${SEPARATOR}${text}${SEPARATOR.trimEnd()}%`,
      namePrefixFirst: `${text}%`,
      namePrefixOther: `%${SEPARATOR}${text}%`,
    });
  }
  if (after) {
    const [afterName, afterId] = after.slice(-2);
    const byName = new Brackets((keyset) =>
      keyset
        .where(`${name} > :afterName`, { afterName })
        .orWhere(new Brackets((tie) => tie.where(`${name} = :afterName`).andWhere(`${id} > :afterId`, { afterId }))),
    );
    query.andWhere(
      tier
        ? new Brackets((keyset) =>
            keyset
              .where(`${tier} > :afterTier`, { afterTier: after[0] })
              .orWhere(new Brackets((sameTier) => sameTier.where(`${tier} = :afterTier`).andWhere(byName))),
          )
        : byName,
    );
  }
  if (tier) query.orderBy('name_tier', 'ASC').addOrderBy(name, 'ASC');
  else query.orderBy(name, 'ASC');
  return query.addOrderBy(id, 'ASC');
}

/** 0 when a whole name is the search, 1 when a name begins with it, 2 otherwise (it is inside one). */
function tierOf(column: string): string {
  const like = (parameter: string) => `${column} LIKE :${parameter} ESCAPE '!'`;
  return (
    `(CASE WHEN ${like('nameExactFirst')} OR ${like('nameExactLast')} OR ${like('nameExactInside')} THEN ${NAME_TIER.exact} ` +
    `WHEN ${like('namePrefixFirst')} OR ${like('namePrefixOther')} THEN ${NAME_TIER.prefix} ELSE ${NAME_TIER.contains} END)`
  );
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}
