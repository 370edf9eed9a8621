import type { OffersContext } from '../context';
import type { OfferScope } from '../offers/offer-conditions';
import type { OfferOrder, OfferSortKey, RankedOffer } from '../offers/offer-order';
import type { ContractType } from '../offers/offer.entity';
import type { FacetCount } from '../offers/offer-reads';
import { statusAt } from '../offers/offer-status';
import type { OpenOffers } from './open-offers';
import { facetOf, pageOf } from './open-offers-model';

export interface ListAnswer {
  rows: RankedOffer[];
  totalCount: () => Promise<number>;
  countryFacets: () => Promise<FacetCount<string>[]>;
  themeFacets: () => Promise<FacetCount<string>[]>;
  contractTypeFacets: () => Promise<FacetCount<ContractType>[]>;
  organisationFacets: () => Promise<FacetCount<string>[]>;
}

/** How many times a page is drawn again when rows turned out stale; more means the offers change faster than they are read. */
const MAX_DRAWS = 5;

/**
 * A list of open offers from the read model: the ids, their order, the count and the facets
 * from memory, and only the page's rows from the database, by id. A row that is no longer
 * open (closed by another process whose event has not arrived yet) is read again into the
 * model, and the page drawn again from the model as it now stands, so that the page is full,
 * `hasNextPage` true only when more follow, and the count and facets those of the same model.
 */
export async function openOffersAnswer(
  context: OffersContext,
  openOffers: OpenOffers,
  scope: OfferScope,
  order: OfferOrder,
  limit: number,
  after: OfferSortKey | null,
): Promise<ListAnswer> {
  for (let draw = 1; ; draw += 1) {
    const matches = openOffers.model.match(scope);
    const page = pageOf(matches, order, limit + 1, after);
    const summaries = await Promise.all(page.map((match) => context.summaryById.load(match.offer.id)));
    const rows: RankedOffer[] = [];
    const stale: string[] = [];
    summaries.forEach((offer, index) => {
      if (offer && statusAt(offer, scope.now) === 'OPEN') rows.push({ offer, relevance: page[index]!.relevance });
      else stale.push(page[index]!.offer.id);
    });
    if (stale.length) {
      await openOffers.refresh(stale);
      for (const id of stale) context.summaryById.clear(id);
      if (draw < MAX_DRAWS) continue;
    }
    return {
      rows,
      totalCount: async () => matches.length - stale.length,
      countryFacets: async () => facetOf(matches, (offer) => offer.countryCodes),
      themeFacets: async () => facetOf(matches, (offer) => offer.themes),
      contractTypeFacets: async () => facetOf(matches, (offer) => offer.contractType),
      organisationFacets: async () => facetOf(matches, (offer) => offer.organisationId),
    };
  }
}
