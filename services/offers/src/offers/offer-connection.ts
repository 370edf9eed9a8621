import { connection, pageArgs } from '@passerelle/subgraph-kit';
import type { OffersContext } from '../context';
import type { QueryOffersArgs } from '../generated/resolvers-types';
import { criteriaOf } from './offer-filter';
import type { OfferScope } from './offer-conditions';
import { checkSortKey, orderOf, sortKeyOf, type OfferOrder, type OfferSortKey } from './offer-order';
import type { ParentKind } from './offers-within';
import { openOffersAnswer, type ListAnswer } from '../open-offers/open-offers-answer';

/** An entity another subgraph owns (Organisation, Programme), known here by its id. */
export interface EntityReference {
  id: string;
}

/** An Organisation the organisations subgraph resolves. */
export const organisationReference = (id: string) => ({ __typename: 'Organisation' as const, id });

/** What `offers` answers: edges of offers as shown, a count and facets computed when asked for. */
export type OfferPage = Awaited<ReturnType<typeof offersConnection>>;

/**
 * `offers(filter, first, after, orderBy)` wherever it appears: on Query, and within one
 * organisation or programme (`parent`). Counts and facets are computed only when asked for.
 */
export async function offersConnection(context: OffersContext, args: QueryOffersArgs, parent?: { kind: ParentKind; id: string }) {
  const criteria = criteriaOf(args.filter);
  const order = orderOf(args.orderBy, criteria);
  const { limit, after } = pageArgs(args, order, 2);
  const { now, drafts } = context;
  const scope: OfferScope = {
    criteria,
    now,
    drafts,
    organisationId: parent?.kind === 'organisation' ? parent.id : undefined,
    programmeId: parent?.kind === 'programme' ? parent.id : undefined,
  };

  const afterKey = after ? checkSortKey(order, after) : null;
  // open offers from memory, the rest (drafts, closed offers, the archive) from SQL
  const answer =
    context.openOffers && criteria.status === 'OPEN'
      ? await openOffersAnswer(context, context.openOffers, scope, order, limit, afterKey)
      : await sqlAnswer(
          context,
          { ...scope, criteria: { ...criteria, misspellings: await context.store.misspellingsOf(criteria.searchWords) } },
          order,
          limit,
          afterKey,
          parent,
        );
  const { rows, totalCount } = answer;
  const page = connection(rows, limit, order, (row) => sortKeyOf(order, row), totalCount);
  return {
    ...page,
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.offer })),
    facets: {
      countries: async () => (await answer.countryFacets()).map(({ value, count }) => ({ countryCode: value, count })),
      contractTypes: async () => (await answer.contractTypeFacets()).map(({ value, count }) => ({ contractType: value, count })),
      organisations: async () =>
        (await answer.organisationFacets()).map(({ value, count }) => ({ organisation: organisationReference(value), count })),
      themes: async () => (await answer.themeFacets()).map(({ value, count }) => ({ theme: value, count })),
    },
  };
}

/** Drafts, closed offers and the archive (any status but OPEN): from SQL. */
async function sqlAnswer(
  context: OffersContext,
  scope: OfferScope,
  order: OfferOrder,
  limit: number,
  after: OfferSortKey | null,
  parent: { kind: ParentKind; id: string } | undefined,
): Promise<ListAnswer> {
  const { store } = context;
  const { criteria, now, drafts } = scope;
  const facets = {
    countryFacets: () => store.countryFacets(scope),
    themeFacets: () => store.themeFacets(scope),
    contractTypeFacets: () => store.contractTypeFacets(scope),
    organisationFacets: () => store.organisationFacets(scope),
  };
  if (parent && !after) {
    // batched with the other parents of this request (offers-within.ts)
    const within = { kind: parent.kind, parentId: parent.id, criteria, now, drafts };
    const rows = await context.firstPageWithin.load({ ...within, order, limit });
    return { rows, totalCount: () => context.totalCountWithin.load(within), ...facets };
  }
  const rows = await store.page(scope, order, limit, after);
  return { rows, totalCount: () => store.count(scope), ...facets };
}
