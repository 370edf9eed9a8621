import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '@passerelle/subgraph-kit';
import type { Offer } from './offer.entity';
import type { OfferSummary } from './offer-statements';
import type { OfferCriteria } from './offer-filter';
import { relevanceExpression } from './offer-conditions';

export type OfferOrder = 'RELEVANCE' | 'DEADLINE' | 'RECENT';

/** A cursor's sort key: the ordering value (a relevance score, an ISO instant or null) and the offer id. */
export type OfferSortKey = [number | string | null, string];

export interface RankedOffer {
  offer: OfferSummary;
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
    (order === 'RELEVANCE' ? typeof value === 'number' : value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value))));
  if (!valid) throw badUserInput('after', 'after is not a cursor this connection returned');
  return [value, id] as OfferSortKey;
}

/** What an ordering sorts on: an SQL value over `offers o`, its direction, and whether it can be null. */
export interface SortSpec {
  value: string;
  direction: 'ASC' | 'DESC';
  nullable: boolean;
}

export function sortSpecOf(order: OfferOrder, criteria: OfferCriteria): SortSpec {
  if (order === 'RELEVANCE') return { value: relevanceExpression(criteria), direction: 'DESC', nullable: false };
  if (order === 'DEADLINE') return { value: 'o.deadline', direction: 'ASC', nullable: true };
  return { value: 'o.posted_at', direction: 'DESC', nullable: true };
}

/** An ORDER BY list for a sort value and an id: null values last, then the id, on both databases alike. */
export function orderByList(spec: Pick<SortSpec, 'direction' | 'nullable'>, value: string, id: string): string {
  const nullsLast = spec.nullable ? `CASE WHEN ${value} IS NULL THEN 1 ELSE 0 END ASC, ` : '';
  return `${nullsLast}${value} ${spec.direction}, ${id} ASC`;
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
  const spec = sortSpecOf(order, criteria);
  if (order === 'RELEVANCE') {
    query.addSelect(spec.value, 'relevance').orderBy('relevance', 'DESC').addOrderBy('o.id', 'ASC');
  } else {
    if (spec.nullable) query.orderBy(`CASE WHEN ${spec.value} IS NULL THEN 1 ELSE 0 END`, 'ASC');
    query.addOrderBy(spec.value, spec.direction).addOrderBy('o.id', 'ASC');
  }
  if (after) query.andWhere(new Brackets((keyset) => keyset.where(...following(spec, order, after))));
  return query;
}

/** The condition for rows after the key `after` in the ordering `spec`. */
function following(spec: SortSpec, order: OfferOrder, [value, id]: OfferSortKey): [string, Record<string, unknown>] {
  const { value: column } = spec;
  if (value === null) return [`${column} IS NULL AND o.id > :afterId`, { afterId: id }];
  const beyond = spec.direction === 'ASC' ? '>' : '<';
  const nullsAfter = spec.nullable ? `${column} IS NULL OR ` : '';
  return [
    `${nullsAfter}${column} ${beyond} :afterValue OR (${column} = :afterValue AND o.id > :afterId)`,
    { afterValue: order === 'RELEVANCE' ? value : new Date(value), afterId: id },
  ];
}
