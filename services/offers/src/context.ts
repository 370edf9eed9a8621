import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { keyedLoader, type RequestContextBase, type ServiceRuntime, type SourceRecord } from '@passerelle/subgraph-kit';
import { draftAccessOf, type DraftAccess } from './offers/draft-access';
import type { Offer } from './offers/offer.entity';
import type { StoredLists } from './offers/offer-lists';
import type { OfferDescription, ShownOffer } from './offers/offer-statements';
import { openOffersOf, type OpenOffers } from './open-offers/open-offers';
import { OfferStore } from './offers/offer-reads';
import { OfferWrites } from './offers/offer-writes';
import { OfferImports } from './offer-imports/offer-import';
import type { RankedOffer } from './offers/offer-order';
import { firstPageWithinLoader, totalCountWithinLoader, type FirstPageKey, type WithinKey } from './offers/offers-within';
import { SavedSearchStore } from './saved-searches/saved-search-store';
import type { OffersSettings } from './settings';

export interface OffersContext extends RequestContextBase {
  store: OfferStore;
  writes: OfferWrites;
  /** Offers imported from other systems' records (offer-imports/). */
  imports: OfferImports;
  savedSearches: SavedSearchStore;
  /** Production checks webhook URLs strictly (https, public addresses only). */
  production: boolean;
  /** Whose drafts the viewer may see: every read passes it to the store's queries. */
  drafts: DraftAccess;
  /** One clock per request, so an offer's status and the status filter agree. */
  now: Date;
  /** Whole offers, for an offer's own page; list pages read summaries (offer-statements.ts). */
  offerById: DataLoader<string, Offer | null>;
  /** The process's open offers in memory: lists whose status is OPEN are answered from it (open-offers/). */
  openOffers: OpenOffers | undefined;
  /** The description of an offer a list showed without it, should the request ask for it. */
  descriptionByOffer: DataLoader<string, OfferDescription>;
  /** All of an offer's lists at once: one statement for every offer a request shows (offer-lists.ts). */
  listsByOffer: DataLoader<string, StoredLists>;
  /** The record an offer was imported from, read on demand (null for an offer written here). */
  sourceRecordByOffer: DataLoader<string, SourceRecord | null>;
  openOfferCountByOrganisation: DataLoader<string, number>;
  firstPageWithin: DataLoader<FirstPageKey, RankedOffer[], string>;
  totalCountWithin: DataLoader<WithinKey, number, string>;
}

/** A fresh set of loaders per request: batching within it, no cache across users. */
export function createContext(dataSource: DataSource, base: RequestContextBase, runtime: ServiceRuntime<OffersSettings>): OffersContext {
  const store = new OfferStore(dataSource);
  const now = new Date();
  const drafts = draftAccessOf(base.viewer);
  const openOffers = openOffersOf(dataSource);
  const imports = new OfferImports(dataSource);
  return {
    ...base,
    store,
    writes: new OfferWrites(dataSource),
    imports,
    savedSearches: new SavedSearchStore(dataSource),
    production: runtime.production,
    drafts,
    now,
    offerById: keyedLoader(
      (ids) => store.findVisibleByIds(ids, drafts),
      (offer) => offer.id,
    ),
    openOffers,
    descriptionByOffer: new DataLoader(async (ids) => {
      const descriptions = await store.descriptionsByIds(ids);
      return ids.map((id) => descriptions.get(id) ?? new Error(`offer ${id} has gone`));
    }),
    listsByOffer: new DataLoader(async (ids) => {
      const lists = await store.listsOf(ids);
      return ids.map((id) => lists.get(id)!);
    }),
    sourceRecordByOffer: new DataLoader(async (ids) => {
      const sources = await imports.sourceRecordsOf(ids);
      return ids.map((id) => sources.get(id) ?? null);
    }),
    openOfferCountByOrganisation: new DataLoader(async (ids) => {
      const counts = openOffers ? openOffers.model.openCounts(ids, now) : await store.openCounts(ids, now);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    firstPageWithin: firstPageWithinLoader(store, dataSource),
    totalCountWithin: totalCountWithinLoader(store),
  };
}

/** After a write: the request's loaders forget the offer's old lists, and know it as written. */
export function forgetOffer(context: OffersContext, offer: Offer): void {
  forgetOfferId(context, offer.id);
  context.offerById.prime(offer.id, offer);
}

/** After a write of an offer not at hand: the request's loaders read it again if asked. */
export function forgetOfferId(context: OffersContext, id: string): void {
  context.offerById.clear(id);
  context.descriptionByOffer.clear(id);
  context.listsByOffer.clear(id);
  context.sourceRecordByOffer.clear(id);
}

/** The offer's description: its own when it was read whole, read now when a list gave its summary. */
export async function descriptionOf(context: OffersContext, offer: ShownOffer): Promise<OfferDescription> {
  const { description, descriptionSections } = offer;
  if (description !== undefined && descriptionSections !== undefined) return { description, descriptionSections };
  return context.descriptionByOffer.load(offer.id);
}
