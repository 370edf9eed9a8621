import type { OffersContext } from '../context';
import type { OfferScope } from '../offers/offer-conditions';
import type { OfferOrder, OfferSortKey, RankedOffer } from '../offers/offer-order';
import type { ContractType } from '../offers/offer.entity';
import type { FacetCount } from '../offers/facet-count';
import type { OpenOffers } from './open-offers';

export interface ListAnswer {
  rows: RankedOffer[];
  totalCount: () => Promise<number>;
  countryFacets: () => Promise<FacetCount<string>[]>;
  themeFacets: () => Promise<FacetCount<string>[]>;
  contractTypeFacets: () => Promise<FacetCount<ContractType>[]>;
  organisationFacets: () => Promise<FacetCount<string>[]>;
}

/**
 * A list of open offers from the read model alone: the ids, their order, the count and the
 * facets, and the page's rows and lists (the model holds what a list shows), with no SQL.
 * The model is the truth for the open set (kept current by writes and the change feed);
 * fields that only an offer's own page shows (its description) come from SQL on demand.
 */
export async function openOffersAnswer(
  context: OffersContext,
  openOffers: OpenOffers,
  scope: OfferScope,
  order: OfferOrder,
  limit: number,
  after: OfferSortKey | null,
): Promise<ListAnswer> {
  const page = openOffers.model.page(scope, order, limit + 1, after);
  const rows = page.matches.map(({ offer, relevance }): RankedOffer => {
    context.listsByOffer.prime(offer.id, offer.lists);
    return { offer: offer.summary, relevance };
  });
  return {
    rows,
    totalCount: async () => page.totalCount(),
    countryFacets: async () => page.facet((offer) => offer.countryCodes),
    themeFacets: async () => page.facet((offer) => offer.themes),
    contractTypeFacets: async () => page.facet((offer) => offer.contractType),
    organisationFacets: async () => page.facet((offer) => offer.organisationId),
  };
}
