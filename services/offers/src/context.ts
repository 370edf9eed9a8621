import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type RequestContextBase } from '@passerelle/subgraph-kit';
import { draftAccessOf, type DraftAccess } from './draft-access';
import type { Offer } from './offer.entity';
import type { OfferCountry, OfferDutyStation, OfferLanguage, OfferProgramme, OfferTheme } from './offer-details.entity';
import { OfferStore } from './offer-store';
import { OfferWrites } from './offer-writes';
import type { RankedOffer } from './offer-order';
import { firstPageWithinLoader, totalCountWithinLoader, type FirstPageKey, type WithinKey } from './offers-within';

export interface OffersContext extends RequestContextBase {
  store: OfferStore;
  writes: OfferWrites;
  /** Whose drafts the viewer may see: every read passes it to the store's queries. */
  drafts: DraftAccess;
  /** One clock per request, so an offer's status and the status filter agree. */
  now: Date;
  offerById: DataLoader<string, Offer | null>;
  dutyStationsByOffer: DataLoader<string, OfferDutyStation[]>;
  countriesByOffer: DataLoader<string, OfferCountry[]>;
  languagesByOffer: DataLoader<string, OfferLanguage[]>;
  themesByOffer: DataLoader<string, OfferTheme[]>;
  programmesByOffer: DataLoader<string, OfferProgramme[]>;
  openOfferCountByOrganisation: DataLoader<string, number>;
  firstPageWithin: DataLoader<FirstPageKey, RankedOffer[], string>;
  totalCountWithin: DataLoader<WithinKey, number, string>;
}

/** A fresh set of loaders per request: batching within it, no cache across users. */
export function createContext(dataSource: DataSource, base: RequestContextBase): OffersContext {
  const store = new OfferStore(dataSource);
  const now = new Date();
  const byOffer = (row: { offerId: string }) => row.offerId;
  const drafts = draftAccessOf(base.viewer);
  return {
    ...base,
    store,
    writes: new OfferWrites(dataSource),
    drafts,
    now,
    offerById: keyedLoader((ids) => store.findVisibleByIds(ids, drafts), (offer) => offer.id),
    dutyStationsByOffer: groupedLoader((ids) => store.dutyStationsOf(ids), byOffer),
    countriesByOffer: groupedLoader((ids) => store.countriesOf(ids), byOffer),
    languagesByOffer: groupedLoader((ids) => store.languagesOf(ids), byOffer),
    themesByOffer: groupedLoader((ids) => store.themesOf(ids), byOffer),
    programmesByOffer: groupedLoader((ids) => store.programmesOf(ids), byOffer),
    openOfferCountByOrganisation: new DataLoader(async (ids) => {
      const counts = await store.openCounts(ids, now);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    firstPageWithin: firstPageWithinLoader(store, dataSource),
    totalCountWithin: totalCountWithinLoader(store),
  };
}

/** After a write: the request's loaders forget the offer's old lists, and know it as written. */
export function forgetOffer(context: OffersContext, offer: Offer): void {
  context.offerById.clear(offer.id).prime(offer.id, offer);
  for (const loader of [context.dutyStationsByOffer, context.countriesByOffer, context.languagesByOffer, context.themesByOffer, context.programmesByOffer]) {
    loader.clear(offer.id);
  }
}
