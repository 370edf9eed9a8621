import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import { visibleDraftsCondition, type DraftAccess } from './draft-access';
import type { OfferCriteria, OfferStatus } from './offer-filter';
import { sqlSearchOf } from './search-conditions';

/*
 * The SQL path: drafts, closed offers and the archive (any status but OPEN, which the read
 * model of open offers answers from memory). Every condition is on `offers o`: its own
 * columns (state and deadline among them), and each list or the search as a semi-join on the
 * offer id into that list's table.
 */

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

/** The SQL meaning of each status over `offers`. The status shown follows the same rules (offer-status.ts). */
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

/** The scope's conditions on list tables, each `column IN (offers with a matching row)`. */
function listSemiJoins(scope: OfferScope, column: string): [string, Record<string, unknown>][] {
  const { criteria } = scope;
  const conditions: [string, Record<string, unknown>][] = [];
  const anyOf = (table: string, lookup: string, parameter: string, values: readonly string[]) => {
    if (!values.length) return;
    conditions.push([`${column} IN (SELECT x.offer_id FROM ${table} x WHERE x.${lookup} IN (:...${parameter}))`, { [parameter]: values }]);
  };
  if (scope.programmeId) anyOf('offer_programmes', 'programme_id', 'scopeProgrammeIds', [scope.programmeId]);
  anyOf('offer_duty_stations', 'city_key', 'cityKeys', criteria.cityKeys);
  anyOf('offer_programmes', 'programme_id', 'programmeIds', criteria.programmeIds);
  anyOf('offer_themes', 'theme', 'themes', criteria.themes);
  anyOf('offer_countries', 'country_code', 'countryCodes', criteria.countryCodes);
  anyOf('offer_languages', 'code', 'languages', criteria.languages);
  return conditions;
}

/**
 * The offers that meet the search, one row each with its score (`search_hits.relevance`), or
 * null without a search: the terms that match some word, grouped per offer
 * (search-conditions.ts). Joined to `offers o`, so the database reads the matching index
 * entries once and then each matching offer by its key, whatever the status asks for.
 */
function searchHits(criteria: OfferCriteria): { sql: string; parameters: Record<string, unknown> } | null {
  const search = sqlSearchOf(criteria);
  if (!search) return null;
  return {
    sql: `(SELECT s.offer_id AS offer_id, ${search.score('s')} AS relevance FROM offer_terms s WHERE ${search.rows('s')} GROUP BY s.offer_id HAVING ${search.met('s')})`,
    parameters: search.parameters,
  };
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

/** Adds the scope's conditions to a query over `offers o`; with a search, its matches joined as `search_hits` (one row an offer). */
export function applyScope(query: SelectQueryBuilder<Offer>, scope: OfferScope): SelectQueryBuilder<Offer> {
  const { criteria } = scope;
  const search = searchHits(criteria);
  const status = statusCondition(criteria.status, 'o');
  // With a search, offers are reached from its matches by key and the status checked on each:
  // as a plain condition, SQLite would rather scan every closed offer by its status index.
  query.andWhere(search ? `CASE WHEN ${status} THEN 1 ELSE 0 END = 1` : status, { now: scope.now });
  // Only DRAFT admits drafts at all; there, the viewer's own.
  if (criteria.status === 'DRAFT') query.andWhere(...visibleDraftsCondition(scope.drafts));
  if (scope.organisationId) query.andWhere('o.organisation_id = :scopeOrganisationId', { scopeOrganisationId: scope.organisationId });
  const anyOf = (column: string, parameter: string, values: readonly string[]) => {
    if (values.length) query.andWhere(`${column} IN (:...${parameter})`, { [parameter]: values });
  };
  anyOf('o.organisation_id', 'organisationIds', criteria.organisationIds);
  anyOf('o.contract_type', 'contractTypes', criteria.contractTypes);
  within(query, 'o.posted_at', 'postedAt', criteria.postedAt);
  within(query, 'o.deadline', 'deadline', criteria.deadline);
  if (criteria.searchWords && !criteria.searchWords.length) query.andWhere('1 = 0');
  for (const condition of listSemiJoins(scope, 'o.id')) query.andWhere(...condition);
  if (search) query.innerJoin(search.sql, 'search_hits', 'search_hits.offer_id = o.id').setParameters(search.parameters);
  return query;
}

/** A query's relevance to an offer `o`, as `search_hits.relevance` (search parameters set by applyScope); for queries that group offers otherwise. */
export function relevanceExpression(criteria: OfferCriteria): string {
  const search = sqlSearchOf(criteria);
  if (!search) return '0';
  return `(SELECT COALESCE(${search.score('rt')}, 0) FROM offer_terms rt WHERE rt.offer_id = o.id AND ${search.rows('rt')})`;
}
