import type { OffersContext } from '../context';
import type { OfferScope } from '../offer-conditions';
import type { OfferOrder, OfferSortKey, RankedOffer } from '../offer-order';
import type { ContractType } from '../offer.entity';
import type { FacetCount } from '../offer-store';
import { statusAt } from '../offer-status';
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

/**
 * A list of open offers from the read model: the ids, their order, the count and the facets
 * from memory, and only the page's rows from the database, by id. A row that is no longer
 * open (closed by another process whose event has not arrived yet) is left out and its
 * offer read again into the model.
 */
export async function openOffersAnswer(
  context: OffersContext,
  openOffers: OpenOffers,
  scope: OfferScope,
  order: OfferOrder,
  limit: number,
  after: OfferSortKey | null,
): Promise<ListAnswer> {
  const matches = openOffers.model.match(scope);
  const page = pageOf(matches, order, limit + 1, after);
  const summaries = await Promise.all(page.map((match) => context.summaryById.load(match.offer.id)));
  const rows: RankedOffer[] = [];
  const stale: string[] = [];
  summaries.forEach((offer, index) => {
    if (offer && statusAt(offer, scope.now) === 'OPEN') rows.push({ offer, relevance: page[index]!.relevance });
    else stale.push(page[index]!.offer.id);
  });
  if (stale.length) await openOffers.refresh(stale);
  return {
    rows,
    totalCount: async () => matches.length,
    countryFacets: async () => facetOf(matches, (offer) => offer.countryCodes),
    themeFacets: async () => facetOf(matches, (offer) => offer.themes),
    contractTypeFacets: async () => facetOf(matches, (offer) => offer.contractType),
    organisationFacets: async () => facetOf(matches, (offer) => offer.organisationId),
  };
}
