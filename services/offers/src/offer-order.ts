import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '@passerelle/subgraph-kit';
import type { Offer } from './offer.entity';
import type { OfferCriteria } from './offer-filter';
import { relevanceExpression } from './offer-conditions';

export type OfferOrder = 'RELEVANCE' | 'DEADLINE' | 'RECENT';

/** A cursor's sort key: the ordering value (a relevance score, an ISO instant or null) and the offer id. */
export type OfferSortKey = [number | string | null, string];

export interface RankedOffer {
  offer: Offer;
  relevance: number;
}

/** Relevance when searching, the earliest deadline otherwise. RELEVANCE needs something to be relevant to. */
export function orderOf(requested: OfferOrder | null | undefined, criteria: OfferCriteria): OfferOrder {
  const order = requested ?? (criteria.searchWords ? 'RELEVANCE' : 'DEADLINE');
  if (order === 'RELEVANCE' && !criteria.searchWords) {
    throw badUserInput('orderBy', 'orderBy RELEVANCE needs filter.search');
  }
  return order;
}

export function sortKeyOf(order: OfferOrder, { offer, relevance }: RankedOffer): OfferSortKey {
  if (order === 'RELEVANCE') return [relevance, offer.id];
  const value = order === 'DEADLINE' ? offer.deadline : offer.postedAt;
  return [value ? value.toISOString() : null, offer.id];
}

/** Checks that a decoded cursor's key has the shape this ordering makes. */
export function checkSortKey(order: OfferOrder, key: (string | number | null)[]): OfferSortKey {
  const [value, id] = key;
  const valid =
    typeof id === 'string' &&
    (order === 'RELEVANCE'
      ? typeof value === 'number'
      : value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value))));
  if (!valid) throw badUserInput('after', 'after is not a cursor this connection returned');
  return [value, id] as OfferSortKey;
}

/**
 * Orders the query and, given the previous page's last key, keeps only what follows it.
 * Offers with no date sort after all others, on both databases alike; the id breaks ties.
 */
export function applyOrder(
  query: SelectQueryBuilder<Offer>,
  order: OfferOrder,
  criteria: OfferCriteria,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  if (order === 'RELEVANCE') {
    const relevance = relevanceExpression(criteria);
    query.addSelect(relevance, 'relevance').orderBy('relevance', 'DESC').addOrderBy('o.id', 'ASC');
    if (after) {
      query.andWhere(
        new Brackets((keyset) =>
          keyset
            .where(`${relevance} < :afterValue`, { afterValue: after[0] })
            .orWhere(`(${relevance} = :afterValue AND o.id > :afterId)`, { afterId: after[1] }),
        ),
      );
    }
    return query;
  }

  const column = order === 'DEADLINE' ? 'o.deadline' : 'o.posted_at';
  const direction = order === 'DEADLINE' ? 'ASC' : 'DESC';
  query
    .orderBy(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`, 'ASC')
    .addOrderBy(column, direction)
    .addOrderBy('o.id', 'ASC');
  if (after) {
    const [value, id] = after;
    if (value === null) {
      query.andWhere(`(${column} IS NULL AND o.id > :afterId)`, { afterId: id });
    } else {
      const beyond = direction === 'ASC' ? '>' : '<';
      query.andWhere(
        `(${column} IS NULL OR ${column} ${beyond} :afterValue OR (${column} = :afterValue AND o.id > :afterId))`,
        { afterValue: new Date(value), afterId: id },
      );
    }
  }
  return query;
}
