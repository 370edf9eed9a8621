import { InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * How Apollo Client should keep the graph's answers. Connections (`offers`, `organisations`…)
 * are Relay pages: one list per filter and order, pages appended as they come, with the other
 * fields of the connection (totalCount, facets) kept from the latest page. FundingSummary and
 * OfferFacets have no id: two queries asking different fields of the same one merge them
 * instead of replacing one with the other ("Cache data may be lost…").
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      offers: relayStylePagination(['filter', 'orderBy']),
      organisations: relayStylePagination(['filter']),
      programmes: relayStylePagination(['filter']),
      contributions: relayStylePagination(['filter']),
    },
  },
  Organisation: { fields: { offers: relayStylePagination(['filter', 'orderBy']) } },
  Programme: {
    fields: {
      offers: relayStylePagination(['filter', 'orderBy']),
      contributions: relayStylePagination(false),
    },
  },
  SavedSearch: {
    fields: {
      offers: relayStylePagination(['orderBy']),
      deliveries: relayStylePagination(['status']),
    },
  },
  FundingSummary: { merge: true },
  OfferFacets: { merge: true },
};

/** An Apollo Client cache for the graph. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}
