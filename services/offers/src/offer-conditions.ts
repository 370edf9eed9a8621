import type { SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import { visibleDraftsCondition, type DraftAccess } from './draft-access';
import type { OfferCriteria, OfferStatus } from './offer-filter';

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

/** The SQL meaning of each status; `o` is the offers table. The status shown follows the same rules (offer-status.ts). */
export const STATUS_CONDITIONS: Record<OfferStatus | 'ANY', string> = {
  OPEN: "(o.state = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline > :now))",
  CLOSED: "(o.state = 'CLOSED' OR (o.state = 'PUBLISHED' AND o.deadline <= :now))",
  DRAFT: "o.state = 'DRAFT'",
  // No status asked: the public list, open and archived, never drafts.
  ANY: "o.state <> 'DRAFT'",
};

/** Adds the scope's conditions to a query over `offers o`. */
export function applyScope(query: SelectQueryBuilder<Offer>, scope: OfferScope): SelectQueryBuilder<Offer> {
  const { criteria } = scope;
  query.andWhere(STATUS_CONDITIONS[criteria.status ?? 'ANY'], { now: scope.now });
  // Only DRAFT admits drafts at all; there, the viewer's own.
  if (criteria.status === 'DRAFT') query.andWhere(...visibleDraftsCondition(scope.drafts));

  if (scope.organisationId) query.andWhere('o.organisation_id = :scopeOrganisationId', { scopeOrganisationId: scope.organisationId });
  if (scope.programmeId) {
    query.andWhere('o.id IN (SELECT sp.offer_id FROM offer_programmes sp WHERE sp.programme_id = :scopeProgrammeId)', {
      scopeProgrammeId: scope.programmeId,
    });
  }

  const anyOf = (column: string, parameter: string, values: readonly string[]) => {
    if (values.length) query.andWhere(`${column} IN (:...${parameter})`, { [parameter]: values });
  };
  const hasChildIn = (table: string, column: string, parameter: string, values: readonly string[]) => {
    if (values.length) {
      query.andWhere(`o.id IN (SELECT x.offer_id FROM ${table} x WHERE x.${column} IN (:...${parameter}))`, { [parameter]: values });
    }
  };
  anyOf('o.organisation_id', 'organisationIds', criteria.organisationIds);
  anyOf('o.contract_type', 'contractTypes', criteria.contractTypes);
  hasChildIn('offer_countries', 'country_code', 'countryCodes', criteria.countryCodes);
  hasChildIn('offer_duty_stations', 'city_key', 'cityKeys', criteria.cityKeys);
  hasChildIn('offer_programmes', 'programme_id', 'programmeIds', criteria.programmeIds);
  hasChildIn('offer_themes', 'theme', 'themes', criteria.themes);
  hasChildIn('offer_languages', 'code', 'languages', criteria.languages);

  const within = (column: string, name: string, range: { from?: Date | null; to?: Date | null }) => {
    if (range.from) query.andWhere(`${column} >= :${name}From`, { [`${name}From`]: range.from });
    if (range.to) query.andWhere(`${column} < :${name}To`, { [`${name}To`]: range.to });
  };
  within('o.deadline', 'deadline', criteria.deadline);
  within('o.posted_at', 'postedAt', criteria.postedAt);

  if (criteria.searchWords) {
    if (!criteria.searchWords.length) query.andWhere('1 = 0');
    criteria.searchWords.forEach((word, index) => {
      query.andWhere(`o.id IN (SELECT st.offer_id FROM offer_terms st WHERE ${termMatches(index, 'st')})`, {
        [`wordFrom${index}`]: word.from,
        [`wordTo${index}`]: word.to,
        [`wordStem${index}`]: word.stem,
      });
    });
  }
  return query;
}

/** An index term matches the search's `index`th word when it begins with the word or is its stem. */
function termMatches(index: number, alias: string): string {
  return `((${alias}.term >= :wordFrom${index} AND ${alias}.term < :wordTo${index}) OR ${alias}.term = :wordStem${index})`;
}

/** Title words weigh five times body words. An integer, so equal scores compare exactly in cursors on both databases. */
export const TITLE_WEIGHT = 5;

/** A query's relevance to an offer `o`: the weighted count of its words' occurrences (search parameters set by applyScope). */
export function relevanceExpression(criteria: OfferCriteria): string {
  const matches = (criteria.searchWords ?? []).map((_, index) => termMatches(index, 'rt')).join(' OR ');
  return (
    `(SELECT COALESCE(SUM(rt.title_hits * ${TITLE_WEIGHT} + rt.body_hits), 0) FROM offer_terms rt ` +
    `WHERE rt.offer_id = o.id AND (${matches || '1 = 0'}))`
  );
}
