import { entityRowsOf, entityRowsWithout, placeholders, textOf } from '@passerelle/db';
import { Offer } from './offer.entity';
import type { DraftAccess } from './draft-access';

/*
 * Prebuilt statements for the offers' hot reads, their rows mapped by readers derived once
 * from the entity (@passerelle/db's entity-rows): TypeORM's query builder and entity hydration
 * cost the offers subgraph more CPU than the database took to answer. The same text runs on MySQL/MariaDB and SQLite (plain identifiers, `?`
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

/** Derived once from the entity: a new plain column on Offer is read with no line here. */
const summaries = entityRowsWithout(Offer, ['description', 'descriptionSections']);
const descriptions = entityRowsOf(Offer, ['description', 'descriptionSections']);

type Row = Record<string, unknown>;

/** The summary's columns of `offers` aliased `alias`, each under its own name: "o.id AS id, o.title AS title, …". */
export const summaryColumns = (alias: string): string => summaries.select(alias);

export const offerSummaryOf = (row: Row): OfferSummary => summaries.read(row);

/** The offers of these ids a viewer with `drafts` may see, whole: for an offer's own page. */
export function visibleOffersStatement(ids: readonly string[], drafts: DraftAccess): [string, unknown[]] {
  const columns = [...summaries.columns, ...descriptions.columns].join(', ');
  const [visible, parameters] = visibleDrafts(drafts);
  return [`SELECT ${columns} FROM offers WHERE id IN (${placeholders(ids.length)})${visible}`, [...ids, ...parameters]];
}

export function offerOf(row: Row): Offer {
  return { ...summaries.read(row), ...descriptions.read(row) };
}

/** Descriptions by id: asked for only by what lists offers yet shows their text. */
export function descriptionsStatement(ids: readonly string[]): [string, unknown[]] {
  return [`SELECT id, ${descriptions.columns.join(', ')} FROM offers WHERE id IN (${placeholders(ids.length)})`, [...ids]];
}

export function idAndDescriptionOf(row: Row): OfferDescription & { id: string } {
  return { id: textOf(row.id), ...descriptions.read(row) };
}

function visibleDrafts(drafts: DraftAccess): [string, unknown[]] {
  if (drafts === 'all') return ['', []];
  if (!drafts.length) return [" AND state <> 'DRAFT'", []];
  return [` AND (state <> 'DRAFT' OR organisation_id IN (${placeholders(drafts.length)}))`, drafts];
}
