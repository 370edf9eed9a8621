import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { DraftAccess } from './draft-access';
import type { Offer } from './offer.entity';
import { OfferProgramme } from './offer-details.entity';
import type { OfferCriteria } from './offer-filter';
import { orderByList, sortSpecOf, type OfferOrder, type RankedOffer } from './offer-order';
import type { OfferStore } from './offer-reads';
import { offerSummaryOf, summaryColumns } from './offer-statements';

/*
 * `Organisation.offers` and `Programme.offers` for many parents at once: a gateway asks for
 * "each organisation with its first offers" as one _entities call with N representations,
 * which would otherwise cost N page queries and N counts. First pages are ranked per parent
 * with ROW_NUMBER() (MySQL 8, MariaDB 10.2 and SQLite 3.25 have window functions); later
 * pages (`after` set) belong to one parent and use the ordinary keyset query.
 */

export type ParentKind = 'organisation' | 'programme';

export interface WithinKey {
  kind: ParentKind;
  parentId: string;
  criteria: OfferCriteria;
  now: Date;
  drafts: DraftAccess;
}

export interface FirstPageKey extends WithinKey {
  order: OfferOrder;
  limit: number;
}

/**
 * Answers keys that differ only in their parent with one query per group: `answer` gets a
 * group and returns its results by parent id; parents it leaves out get `empty`.
 */
async function byGroup<Key extends WithinKey, Result>(
  keys: readonly Key[],
  answer: (group: Key[]) => Promise<Map<string, Result>>,
  empty: () => Result,
): Promise<Result[]> {
  const groups = new Map<string, Key[]>();
  for (const key of keys) {
    const shared = JSON.stringify({ ...key, parentId: undefined });
    groups.set(shared, [...(groups.get(shared) ?? []), key]);
  }
  const results = new Map<Key, Result>();
  for (const group of groups.values()) {
    const byParent = await answer(group);
    for (const key of group) results.set(key, byParent.get(key.parentId) ?? empty());
  }
  return keys.map((key) => results.get(key)!);
}

const cacheKeyFn = (key: WithinKey) => JSON.stringify(key);

/** The scoped query over `offers o`, narrowed to the parents, with `parent_id` to group on. */
function withinParents(store: OfferStore, keys: WithinKey[]): { query: SelectQueryBuilder<Offer>; parent: string } {
  const [{ kind, criteria, now, drafts }] = keys as [WithinKey];
  const query = store.scopedQuery({ criteria, now, drafts });
  const parentIds = keys.map((key) => key.parentId);
  if (kind === 'organisation') {
    query.andWhere('o.organisation_id IN (:...withinParentIds)', { withinParentIds: parentIds });
    return { query, parent: 'o.organisation_id' };
  }
  query.innerJoin(OfferProgramme, 'wp', 'wp.offer_id = o.id').andWhere('wp.programme_id IN (:...withinParentIds)', {
    withinParentIds: parentIds,
  });
  return { query, parent: 'wp.programme_id' };
}

export function totalCountWithinLoader(store: OfferStore): DataLoader<WithinKey, number, string> {
  return new DataLoader<WithinKey, number, string>(
    (keys) =>
      byGroup(
        keys,
        async (group) => {
          const { query, parent } = withinParents(store, group);
          return new Map((await store.countBy(query, parent)).map(({ value, count }) => [value, count]));
        },
        () => 0,
      ),
    { cacheKeyFn },
  );
}

export function firstPageWithinLoader(store: OfferStore, dataSource: DataSource): DataLoader<FirstPageKey, RankedOffer[], string> {
  return new DataLoader<FirstPageKey, RankedOffer[], string>(
    (keys) =>
      byGroup(
        keys,
        (group) => firstPages(store, dataSource, group),
        () => [],
      ),
    { cacheKeyFn },
  );
}

async function firstPages(store: OfferStore, dataSource: DataSource, group: FirstPageKey[]): Promise<Map<string, RankedOffer[]>> {
  const { order, criteria, limit } = group[0]!;
  const spec = sortSpecOf(order, criteria);
  const { query, parent } = withinParents(store, group);
  query.select(parent, 'parent_id').addSelect('o.id', 'offer_id').addSelect(spec.value, 'sort_value');
  const [sql, parameters] = query.getQueryAndParameters();
  // one extra row per parent tells whether that parent has a next page; the offers' summaries
  // come in the same statement
  const ranked: ({ parent_id: string; sort_value: unknown } & Record<string, unknown>)[] = await dataSource.query(
    `SELECT ranked.parent_id, ranked.sort_value, ${summaryColumns('page_offer')} FROM (
       SELECT candidates.*, ROW_NUMBER() OVER (
         PARTITION BY candidates.parent_id ORDER BY ${orderByList(spec, 'candidates.sort_value', 'candidates.offer_id')}
       ) AS row_number_in_parent
       FROM (${sql}) candidates
     ) ranked
     INNER JOIN offers page_offer ON page_offer.id = ranked.offer_id
     WHERE ranked.row_number_in_parent <= ?
     ORDER BY ranked.parent_id, ranked.row_number_in_parent`,
    [...(parameters as unknown[]), limit + 1],
  );
  const pages = new Map<string, RankedOffer[]>();
  for (const row of ranked) {
    const relevance = order === 'RELEVANCE' ? Number(row.sort_value) : 0;
    pages.set(row.parent_id, [...(pages.get(row.parent_id) ?? []), { offer: offerSummaryOf(row), relevance }]);
  }
  return pages;
}
