import type { ContractType } from '../offers/offer.entity';
import type { StoredLists } from '../offers/offer-lists';
import { cityKeyOf } from '../offers/offer-filter';
import { termCountsOf } from '../offers/search-terms';
import { TITLE_WEIGHT } from '../offers/search-conditions';

/** What the read model keeps of an open offer: every field a filter, an ordering or a facet reads. */
export interface OpenOffer {
  id: string;
  /** The offer's number in the term index (a new one at each change). */
  doc: number;
  version: number;
  organisationId: string;
  contractType: ContractType;
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
}

/** An offer as the model is fed it: its row's columns and lists, from SQL or from the bench's generator. */
export interface OfferSource {
  id: string;
  version: number;
  state: string;
  title: string;
  description: string;
  organisationId: string;
  contractType: ContractType;
  postedAt: Date | null;
  deadline: Date | null;
  lists: Pick<StoredLists, 'dutyStations' | 'countryCodes' | 'languages' | 'themes' | 'programmeIds'>;
}

/** Open at `now`: published, and its deadline (if any) still to come; the rule of offer-status.ts. */
export function isOpenAt(offer: { deadline: number | null }, now: number): boolean {
  return offer.deadline === null || offer.deadline > now;
}

export function openOfferOf(source: OfferSource, doc: number): { offer: OpenOffer; terms: [string, number][] } {
  const terms = termCountsOf(source.title, source.description).map(
    (count): [string, number] => [count.term, count.titleHits * TITLE_WEIGHT + count.bodyHits],
  );
  const offer: OpenOffer = {
    id: source.id,
    doc,
    version: source.version,
    organisationId: source.organisationId,
    contractType: source.contractType,
    postedAt: source.postedAt?.getTime() ?? null,
    deadline: source.deadline?.getTime() ?? null,
    countryCodes: source.lists.countryCodes,
    cityKeys: source.lists.dutyStations.map((station) => cityKeyOf(station.city)),
    themes: source.lists.themes,
    languages: source.lists.languages.map((language) => language.code),
    programmeIds: source.lists.programmeIds,
    termCount: terms.length,
  };
  return { offer, terms };
}
