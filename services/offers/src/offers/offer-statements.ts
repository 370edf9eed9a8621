import { booleanOf, dateOf, integerOf, jsonOf, memberOf, nullableTextOf, placeholders, textOf } from '@passerelle/db';
import { CONTRACT_TYPES, OFFER_STATES, type DescriptionSection, type Offer } from './offer.entity';
import type { DraftAccess } from './draft-access';

/*
 * Prebuilt statements for the offers' hot reads, and their rows mapped by hand: TypeORM's
 * query builder and entity hydration cost the offers subgraph more CPU than the database
 * took to answer. The same text runs on MySQL/MariaDB and SQLite (plain identifiers, `?`
 * placeholders); the row values' differences are smoothed by @passerelle/db's row-values.
 */

/**
 * An offer as a list shows it: every column but the description and its sections, the long
 * text of a row that only the offer's own page shows (Offer.description reads it on demand).
 */
export type OfferSummary = Omit<Offer, 'description' | 'descriptionSections'>;

/** The offer's description, read apart from its summary. */
export type OfferDescription = Pick<Offer, 'description' | 'descriptionSections'>;

/** A summary, or a whole offer: what Offer's field resolvers are given. */
export type ShownOffer = OfferSummary & Partial<OfferDescription>;

const SUMMARY_COLUMNS = [
  'id',
  'title',
  'reference',
  'organisation_id',
  'organisation_name',
  'positions',
  'contract_type',
  'contract_label',
  'grade',
  'duration_months',
  'min_experience_years',
  'education',
  'eligibility',
  'posted_at',
  'deadline',
  'deadline_time_zone',
  'deadline_time_zone_assumed',
  'deadline_stated',
  'state',
  'closed_at',
  'unannounced_deadline',
  'apply_url',
  'source_url',
  'source_language',
  'version',
  'created_at',
  'updated_at',
] as const;
const DESCRIPTION_COLUMNS = ['description', 'description_sections'] as const;

type Row = Record<string, unknown>;

/** The summary's columns of `offers` aliased `alias`, each under its own name: "o.id AS id, o.title AS title, …". */
export function summaryColumns(alias: string): string {
  return SUMMARY_COLUMNS.map((column) => `${alias}.${column} AS ${column}`).join(', ');
}

export function offerSummaryOf(row: Row): OfferSummary {
  return {
    id: textOf(row.id),
    title: textOf(row.title),
    reference: nullableTextOf(row.reference),
    organisationId: textOf(row.organisation_id),
    organisationName: textOf(row.organisation_name),
    positions: Number(row.positions),
    contractType: memberOf(CONTRACT_TYPES, row.contract_type),
    contractLabel: nullableTextOf(row.contract_label),
    grade: nullableTextOf(row.grade),
    durationMonths: integerOf(row.duration_months),
    minExperienceYears: integerOf(row.min_experience_years),
    education: nullableTextOf(row.education),
    eligibility: nullableTextOf(row.eligibility),
    postedAt: dateOf(row.posted_at),
    deadline: dateOf(row.deadline),
    deadlineTimeZone: nullableTextOf(row.deadline_time_zone),
    deadlineTimeZoneAssumed: booleanOf(row.deadline_time_zone_assumed),
    deadlineStated: nullableTextOf(row.deadline_stated),
    state: memberOf(OFFER_STATES, row.state),
    closedAt: dateOf(row.closed_at),
    unannouncedDeadline: dateOf(row.unannounced_deadline),
    applyUrl: nullableTextOf(row.apply_url),
    sourceUrl: nullableTextOf(row.source_url),
    sourceLanguage: nullableTextOf(row.source_language),
    version: Number(row.version),
    createdAt: requiredDateOf(row.created_at),
    updatedAt: requiredDateOf(row.updated_at),
  };
}

function requiredDateOf(value: unknown): Date {
  const date = dateOf(value);
  if (!date) throw new TypeError('a DATETIME column that is never null held null');
  return date;
}

function descriptionOf(row: Row): OfferDescription {
  return { description: textOf(row.description), descriptionSections: jsonOf<DescriptionSection[]>(row.description_sections) };
}

/** The offers of these ids a viewer with `drafts` may see, whole: for an offer's own page. */
export function visibleOffersStatement(ids: readonly string[], drafts: DraftAccess): [string, unknown[]] {
  const columns = [...SUMMARY_COLUMNS, ...DESCRIPTION_COLUMNS].join(', ');
  const [visible, parameters] = visibleDrafts(drafts);
  return [`SELECT ${columns} FROM offers WHERE id IN (${placeholders(ids.length)})${visible}`, [...ids, ...parameters]];
}

export function offerOf(row: Row): Offer {
  return { ...offerSummaryOf(row), ...descriptionOf(row) };
}

/** Descriptions by id: asked for only by what lists offers yet shows their text. */
export function descriptionsStatement(ids: readonly string[]): [string, unknown[]] {
  return [`SELECT id, ${DESCRIPTION_COLUMNS.join(', ')} FROM offers WHERE id IN (${placeholders(ids.length)})`, [...ids]];
}

export function idAndDescriptionOf(row: Row): OfferDescription & { id: string } {
  return { id: textOf(row.id), ...descriptionOf(row) };
}

function visibleDrafts(drafts: DraftAccess): [string, unknown[]] {
  if (drafts === 'all') return ['', []];
  if (!drafts.length) return [" AND state <> 'DRAFT'", []];
  return [` AND (state <> 'DRAFT' OR organisation_id IN (${placeholders(drafts.length)}))`, drafts];
}
