import { connection, pageArgs, type PageArgs } from '@passerelle/subgraph-kit';
import type { OffersContext } from './context';
import { criteriaOf, type OfferFilterInput } from './offer-filter';
import type { OfferScope } from './offer-conditions';
import { checkSortKey, orderOf, sortKeyOf, type OfferOrder, type RankedOffer } from './offer-order';
import type { ParentKind } from './offers-within';

export interface OffersArgs extends PageArgs {
  filter?: OfferFilterInput | null;
  orderBy?: OfferOrder | null;
}

/** An Organisation the organisations subgraph resolves. */
export const organisationReference = (id: string) => ({ __typename: 'Organisation', id });

/**
 * `offers(filter, first, after, orderBy)` wherever it appears: on Query, and within one
 * organisation or programme (`parent`). Counts and facets are computed only when asked for.
 */
export async function offersConnection(context: OffersContext, args: OffersArgs, parent?: { kind: ParentKind; id: string }) {
  const criteria = criteriaOf(args.filter);
  const order = orderOf(args.orderBy, criteria);
  const { limit, after } = pageArgs(args, order, 2);
  const { store, now, drafts } = context;
  const scope: OfferScope = {
    criteria,
    now,
    drafts,
    organisationId: parent?.kind === 'organisation' ? parent.id : undefined,
    programmeId: parent?.kind === 'programme' ? parent.id : undefined,
  };

  let rows: RankedOffer[];
  let totalCount: () => Promise<number>;
  if (parent && !after) {
    // batched with the other parents of this request (offers-within.ts)
    const within = { kind: parent.kind, parentId: parent.id, criteria, now, drafts };
    rows = await context.firstPageWithin.load({ ...within, order, limit });
    totalCount = () => context.totalCountWithin.load(within);
  } else {
    rows = await store.page(scope, order, limit, after ? checkSortKey(order, after) : null);
    totalCount = () => store.count(scope);
  }
  const page = connection(rows, limit, order, (row) => sortKeyOf(order, row), totalCount);
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
