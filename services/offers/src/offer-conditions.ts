import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import { visibleDraftsCondition, type DraftAccess } from './draft-access';
import type { OfferCriteria, OfferStatus } from './offer-filter';
import { sqlSearchOf } from './search-conditions';

/** What a list of offers is drawn from: a filter, read at one instant, maybe within one organisation or programme. */
export interface OfferScope {
  criteria: OfferCriteria;
  /** The request's clock: the status filter and `Offer.status` agree within a request. */
  now: Date;
  /** Whose drafts the viewer may see; a draft outside it is neither listed nor counted. */
  drafts: DraftAccess;
  organisationId?: string;
  programmeId?: string;
}

/**
 * The SQL meaning of each status over a table with `state` and `deadline` columns: `offers`,
 * or an index table's copy of them. The status shown follows the same rules (offer-status.ts).
 */
export function statusCondition(status: OfferStatus | null, alias: string): string {
  switch (status) {
    case 'OPEN':
      return `(${alias}.state = 'PUBLISHED' AND (${alias}.deadline IS NULL OR ${alias}.deadline > :now))`;
    case 'CLOSED':
      return `(${alias}.state = 'CLOSED' OR (${alias}.state = 'PUBLISHED' AND ${alias}.deadline <= :now))`;
    case 'DRAFT':
      return `${alias}.state = 'DRAFT'`;
    default:
      // No status asked: the public list, open and archived, never drafts.
      return `${alias}.state <> 'DRAFT'`;
  }
}

/**
 * A condition one of the offer's index tables answers (a child table or the search terms),
 * as SQL over the alias given. Its rows carry the offer's state and deadline, so the status
 * is checked in the same index.
 */
export interface IndexCondition {
  table: string;
  matches(alias: string): string;
  parameters: Record<string, unknown>;
  /** At most one matching row per offer: its rows can be counted as offers. */
  onePerOffer: boolean;
}

/**
 * The scope's conditions on index tables, the most selective kinds first (a city or a
 * programme narrows more than a country, a language hardly at all): the first is the one a
 * count or a deadline page is read from (offer-index-scan.ts).
 */
export function indexConditionsOf(scope: OfferScope): IndexCondition[] {
  const { criteria } = scope;
  const conditions: IndexCondition[] = [];
  const anyOf = (table: string, column: string, parameter: string, values: readonly string[], onePerOffer = true) => {
    if (!values.length) return;
    conditions.push({
      table,
      matches: (alias) => `${alias}.${column} IN (:...${parameter})`,
      parameters: { [parameter]: values },
      onePerOffer: onePerOffer && values.length === 1,
    });
  };
  if (scope.programmeId) anyOf('offer_programmes', 'programme_id', 'scopeProgrammeIds', [scope.programmeId]);
  // the same city can be two duty stations of one offer
  anyOf('offer_duty_stations', 'city_key', 'cityKeys', criteria.cityKeys, false);
  anyOf('offer_programmes', 'programme_id', 'programmeIds', criteria.programmeIds);
  anyOf('offer_themes', 'theme', 'themes', criteria.themes);
  anyOf('offer_countries', 'country_code', 'countryCodes', criteria.countryCodes);
  anyOf('offer_languages', 'code', 'languages', criteria.languages);
  return conditions;
}

/**
 * `column IN (offers that meet the search)`, or null without a search: the offers' terms
 * that match some word, grouped per offer (search-conditions.ts), the status checked in the index too.
 */
export function searchSemiJoin(criteria: OfferCriteria, column: string): [string, Record<string, unknown>] | null {
  const search = sqlSearchOf(criteria);
  if (!search) return null;
  return [
    `${column} IN (SELECT s.offer_id FROM offer_terms s WHERE ${search.rows('s')} AND ${statusCondition(criteria.status, 's')} GROUP BY s.offer_id HAVING ${search.met('s')})`,
    search.parameters,
  ];
}

/** `alias.offer_id IN (offers whose index rows match)`, the status checked in the index too. */
export function semiJoin(condition: IndexCondition, status: OfferStatus | null, column: string, alias: string): string {
  return `${column} IN (SELECT ${alias}.offer_id FROM ${condition.table} ${alias} WHERE ${condition.matches(alias)} AND ${statusCondition(status, alias)})`;
}

/** Whether the scope has conditions only the offers table can check (its own columns, drafts, posting date). */
export function hasOfferRowConditions(scope: OfferScope): boolean {
  const { criteria } = scope;
  return Boolean(
    criteria.status === 'DRAFT' ||
      scope.organisationId ||
      criteria.organisationIds.length ||
      criteria.contractTypes.length ||
      criteria.postedAt.from ||
      criteria.postedAt.to,
  );
}

/** Adds the conditions on the offers table's own columns to a query over `offers o`. */
export function applyOfferRowConditions(query: SelectQueryBuilder<Offer>, scope: OfferScope): SelectQueryBuilder<Offer> {
  const { criteria } = scope;
  query.andWhere(statusCondition(criteria.status, 'o'), { now: scope.now });
  // Only DRAFT admits drafts at all; there, the viewer's own.
  if (criteria.status === 'DRAFT') query.andWhere(...visibleDraftsCondition(scope.drafts));
  if (scope.organisationId) query.andWhere('o.organisation_id = :scopeOrganisationId', { scopeOrganisationId: scope.organisationId });
  const anyOf = (column: string, parameter: string, values: readonly string[]) => {
    if (values.length) query.andWhere(`${column} IN (:...${parameter})`, { [parameter]: values });
  };
  anyOf('o.organisation_id', 'organisationIds', criteria.organisationIds);
  anyOf('o.contract_type', 'contractTypes', criteria.contractTypes);
  within(query, 'o.posted_at', 'postedAt', criteria.postedAt);
  return query;
}

/** `column` within a half-open range [from, to). */
export function within<Query extends SelectQueryBuilder<ObjectLiteral>>(
  query: Query,
  column: string,
  name: string,
  range: { from?: Date | null; to?: Date | null },
): Query {
  if (range.from) query.andWhere(`${column} >= :${name}From`, { [`${name}From`]: range.from });
  if (range.to) query.andWhere(`${column} < :${name}To`, { [`${name}To`]: range.to });
  return query;
}

/** Adds the scope's conditions to a query over `offers o`. */
export function applyScope(query: SelectQueryBuilder<Offer>, scope: OfferScope): SelectQueryBuilder<Offer> {
  const { criteria } = scope;
  applyOfferRowConditions(query, scope);
  within(query, 'o.deadline', 'deadline', criteria.deadline);
  if (criteria.searchWords && !criteria.searchWords.length) query.andWhere('1 = 0');
  for (const condition of indexConditionsOf(scope)) {
    query.andWhere(semiJoin(condition, criteria.status, 'o.id', 'x'), condition.parameters);
  }
  const search = searchSemiJoin(criteria, 'o.id');
  if (search) query.andWhere(...search);
  return query;
}

/** A query's relevance to an offer `o`: its score for the search (search parameters set by applyScope). */
export function relevanceExpression(criteria: OfferCriteria): string {
  const search = sqlSearchOf(criteria);
  if (!search) return '0';
  return `(SELECT COALESCE(${search.score('rt')}, 0) FROM offer_terms rt WHERE rt.offer_id = o.id AND ${search.rows('rt')})`;
}
