import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Offer } from './offer.entity';
import {
  applyOfferRowConditions, hasOfferRowConditions, indexConditionsOf, searchSemiJoin, semiJoin, statusCondition, within,
  type OfferScope,
} from './offer-conditions';
import { sqlSearchOf } from './search-conditions';
import type { OfferSortKey } from './offer-order';

/*
 * A scope read from the index of one of its conditions instead of from the offers table.
 * Index tables copy each offer's state and deadline (OfferListingCopy), so "open offers in CD"
 * is the range (CD, PUBLISHED, deadline > now) of offer_countries' index: counted without
 * reading an offer, and paged in deadline order as the index stores it. The scope's other
 * conditions are semi-joins on the offer id; the offers table is read only for conditions
 * on its own columns (contract type, organisation, drafts, posting date).
 */

export interface IndexScan {
  /** The rows of the driving index table `d` that match the whole scope; an offer may have several unless `onePerOffer`. */
  rows(): SelectQueryBuilder<ObjectLiteral>;
  onePerOffer: boolean;
}

/**
 * How the scope reads from an index table, or null when it has no condition one answers, or
 * is a search with no searchable word (which matches nothing: applyScope says so as `1 = 0`).
 */
export function indexScanOf(dataSource: DataSource, scope: OfferScope): IndexScan | null {
  if (scope.criteria.searchWords?.length === 0) return null;
  const [driver, ...others] = indexConditionsOf(scope);
  if (!driver) return null;
  const { status } = scope.criteria;
  return {
    onePerOffer: driver.onePerOffer,
    rows: () => {
      const query = dataSource
        .createQueryBuilder()
        .from(driver.table, 'd')
        .where(driver.matches('d'), driver.parameters)
        .andWhere(statusCondition(status, 'd'), { now: scope.now });
      return restrict(dataSource, query, scope, 'd', others);
    },
  };
}

/** Narrows rows of an index table aliased `alias` to the offers that meet the rest of the scope. */
function restrict(
  dataSource: DataSource,
  query: SelectQueryBuilder<ObjectLiteral>,
  scope: OfferScope,
  alias: string,
  others: ReturnType<typeof indexConditionsOf>,
  withSearch = true,
): SelectQueryBuilder<ObjectLiteral> {
  within(query, `${alias}.deadline`, 'deadline', scope.criteria.deadline);
  others.forEach((condition, index) => {
    query.andWhere(semiJoin(condition, scope.criteria.status, `${alias}.offer_id`, `x${index}`), condition.parameters);
  });
  const search = withSearch ? searchSemiJoin(scope.criteria, `${alias}.offer_id`) : null;
  if (search) query.andWhere(...search);
  if (hasOfferRowConditions(scope)) {
    const offers = applyOfferRowConditions(dataSource.getRepository(Offer).createQueryBuilder('o').select('o.id'), scope);
    query.andWhere(`${alias}.offer_id IN (${offers.getQuery()})`, offers.getParameters());
  }
  return query;
}

export async function countFromIndex(scan: IndexScan): Promise<number> {
  const row = await scan
    .rows()
    .select(scan.onePerOffer ? 'COUNT(*)' : 'COUNT(DISTINCT d.offer_id)', 'offer_count')
    .getRawOne<{ offer_count: number | string }>();
  return Number(row?.offer_count ?? 0);
}

/**
 * A search's page in relevance order: the offers whose index terms meet the search, scored
 * in one grouped read of those terms' index entries (which hold the scores), then joined to
 * the offers (the caller selects `page.page_relevance`). The score is the one relevanceExpression computes per offer.
 */
export function relevancePageQuery(
  dataSource: DataSource,
  scope: OfferScope,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const search = sqlSearchOf(scope.criteria)!;
  const score = search.score('t');
  const ranked = dataSource
    .createQueryBuilder()
    .from('offer_terms', 't')
    .select('t.offer_id', 'page_id')
    .addSelect(score, 'page_relevance')
    .where(search.rows('t'), search.parameters)
    .andWhere(statusCondition(scope.criteria.status, 't'), { now: scope.now });
  restrict(dataSource, ranked, scope, 't', indexConditionsOf(scope), false)
    .groupBy('t.offer_id')
    .having(search.met('t'));
  if (after) {
    ranked.andHaving(`(${score} < :afterRelevance OR (${score} = :afterRelevance AND t.offer_id > :afterId))`, {
      afterRelevance: after[0],
      afterId: after[1],
    });
  }
  ranked.orderBy('page_relevance', 'DESC').addOrderBy('t.offer_id', 'ASC').limit(limit);
  // unsorted: the caller orders these few rows (see deadlinePageQuery for why)
  return dataSource
    .getRepository(Offer)
    .createQueryBuilder('o')
    .innerJoin(`(${ranked.getQuery()})`, 'page', 'page.page_id = o.id')
    .setParameters(ranked.getParameters());
}
