import type { StoredLists } from '../offers/offer-lists';
import type { OfferSummary } from '../offers/offer-statements';
import { cityKeyOf } from '../offers/offer-filter';
import { termCountsOf } from '../offers/search-terms';
import { TITLE_WEIGHT } from '../offers/search-conditions';
import { isPlainId } from '../offers/offer-deadline-page';

/** The lists a page of open offers shows and filters on, as the list tables hold them. */
export type OpenOfferLists = Pick<StoredLists, 'dutyStations' | 'countryCodes' | 'languages' | 'themes' | 'programmeIds'>;

/**
 * What the read model keeps of an open offer: every field a filter, an ordering or a facet
 * reads, and what a list page shows (its summary and lists), so that a page needs no SQL.
 */
export interface OpenOffer {
  id: string;
  /** Whether the id compares byte-wise as plain `<` does (no surrogate pairs): the common, fast case. */
  plainId: boolean;
  /** The offer's number in the indexes (a new one at each change). */
  doc: number;
  version: number;
  organisationId: string;
  contractType: OfferSummary['contractType'];
  /** Epoch milliseconds, as stored. */
  postedAt: number | null;
  deadline: number | null;
  /** As the list tables hold them, one per row: facets count rows, as SQL does. */
  countryCodes: string[];
  cityKeys: string[];
  themes: string[];
  languages: string[];
  programmeIds: string[];
  termCount: number;
  /** How many field postings (filters) the offer has in the model's field index. */
  fieldCount: number;
  /** The offer as a list shows it, and its lists: the page's rows come from here. */
  summary: OfferSummary;
  lists: OpenOfferLists;
}

/** An offer as the model is fed it: its summary, its description (for its words) and lists, from SQL or from the bench's generator. */
export type OfferSource = OfferSummary & { description: string; lists: OpenOfferLists };

/** Open at `now`: published, and its deadline (if any) still to come; the rule of offer-status.ts. */
export function isOpenAt(offer: { deadline: number | null }, now: number): boolean {
  return offer.deadline === null || offer.deadline > now;
}

export function openOfferOf(source: OfferSource, doc: number): { offer: OpenOffer; terms: [string, number][] } {
  const { description, lists, ...summary } = source;
  const terms = termCountsOf(source.title, description).map((count): [string, number] => [
    count.term,
    count.titleHits * TITLE_WEIGHT + count.bodyHits,
  ]);
  const offer: OpenOffer = {
    id: source.id,
    plainId: isPlainId(source.id),
    doc,
    version: source.version,
    organisationId: source.organisationId,
    contractType: source.contractType,
    postedAt: source.postedAt?.getTime() ?? null,
    deadline: source.deadline?.getTime() ?? null,
    countryCodes: lists.countryCodes,
    cityKeys: lists.dutyStations.map((station) => cityKeyOf(station.city)),
    themes: lists.themes,
    languages: lists.languages.map((language) => language.code),
    programmeIds: lists.programmeIds,
    termCount: terms.length,
    fieldCount: 0,
    summary,
    lists,
  };
  return { offer, terms };
}
