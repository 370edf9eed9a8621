import { connection, pageArgs, type PageArgs } from '@passerelle/subgraph-kit';
import type { OffersContext } from './context';
import { criteriaOf, type OfferFilterInput } from './offer-filter';
import type { OfferScope } from './offer-conditions';
import { checkSortKey, orderOf, sortKeyOf, type OfferOrder } from './offer-order';

export interface OffersArgs extends PageArgs {
  filter?: OfferFilterInput | null;
  orderBy?: OfferOrder | null;
}

/** An Organisation the organisations subgraph resolves. */
export const organisationReference = (id: string) => ({ __typename: 'Organisation', id });

/**
 * `offers(filter, first, after, orderBy)` wherever it appears: on Query, and within one
 * organisation or programme. Counts and facets are computed only when asked for.
 */
export async function offersConnection(
  context: OffersContext,
  args: OffersArgs,
  within: Pick<OfferScope, 'organisationId' | 'programmeId'> = {},
) {
  const criteria = criteriaOf(args.filter);
  const order = orderOf(args.orderBy, criteria);
  const { limit, after } = pageArgs(args, order, 2);
  const scope: OfferScope = { criteria, now: context.now, ...within };
  const rows = await context.store.page(scope, order, limit, after ? checkSortKey(order, after) : null);
  for (const { offer } of rows) context.offerById.prime(offer.id, offer);

  const page = connection(rows, limit, order, (row) => sortKeyOf(order, row), () => context.store.count(scope));
  const { store } = context;
  return {
    ...page,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.offer })),
    facets: {
      countries: async () =>
        (await store.countryFacets(scope)).map(({ value, count }) => ({ countryCode: value, count })),
      contractTypes: async () =>
        (await store.contractTypeFacets(scope)).map(({ value, count }) => ({ contractType: value, count })),
      organisations: async () =>
        (await store.organisationFacets(scope)).map(({ value, count }) => ({ organisation: organisationReference(value), count })),
      themes: async () => (await store.themeFacets(scope)).map(({ value, count }) => ({ theme: value, count })),
    },
  };
}
