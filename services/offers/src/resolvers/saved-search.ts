import { requireIdentity } from '@passerelle/auth';
import { badUserInput, connection, forbidden, notFound, pageArgs } from '@passerelle/subgraph-kit';
import type { OffersContext } from '../context';
import type { MutationResolvers, SavedSearchResolvers, WebhookDeliveryResolvers } from '../generated/resolvers-types';
import { offersConnection } from '../offers/offer-connection';
import { checkSaveSearch, filterOf } from '../saved-searches/saved-search-input';
import type { SavedSearch } from '../saved-searches/saved-search.entity';
import { MAX_OWNER_SUBJECT_LENGTH, type DeliveryKey } from '../saved-searches/saved-search-store';
import type { WebhookDelivery } from '../saved-searches/webhook-delivery.entity';

/*
 * Saved searches belong to whoever saved them (the token's subject): every read and write
 * starts from the caller's own, so another user's search is NOT_FOUND, as an unknown id is,
 * and its existence never shows.
 */

const DELIVERY_ORDER = 'newest';

export async function ownSearch(context: OffersContext, id: string): Promise<SavedSearch> {
  const search = await context.savedSearches.findOwned(requireIdentity(context.viewer).subject, id);
  if (!search) throw notFound('SavedSearch', id);
  return search;
}

function checkDeliveryKey(key: (string | number | null)[]): DeliveryKey {
  const [at, id] = key;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string') {
    throw badUserInput('after', 'after is not a cursor this connection returned');
  }
  return [at, id];
}

/** saveSearch and deleteSavedSearch, spread into the Mutation resolvers. */
export const savedSearchMutations = {
  saveSearch: async (_, args, context) => {
    const owner = requireIdentity(context.viewer).subject;
    if (owner.length > MAX_OWNER_SUBJECT_LENGTH) {
      throw forbidden(
        `Saved searches belong to a token subject (sub) of at most ${MAX_OWNER_SUBJECT_LENGTH} characters; this one has ${owner.length}`,
      );
    }
    const savedSearch = await context.savedSearches.create(owner, await checkSaveSearch(args, context.production));
    return { savedSearch, webhookSecret: savedSearch.webhookSecret };
  },
  deleteSavedSearch: async (_, { id }, context) => {
    const deleted = await context.savedSearches.delete(requireIdentity(context.viewer).subject, id);
    if (!deleted) throw notFound('SavedSearch', id);
    return id;
  },
} satisfies Pick<MutationResolvers, 'saveSearch' | 'deleteSavedSearch'>;

export const savedSearchResolvers: SavedSearchResolvers = {
  filter: (search) => filterOf(search.filter),
  offers: (search, args, context) => offersConnection(context, { ...args, filter: filterOf(search.filter) }),
  deliveries: async (search, args, context) => {
    const { limit, after } = pageArgs(args, DELIVERY_ORDER, 2);
    const status = args.status ?? null;
    const rows = await context.savedSearches.deliveries(search.id, status, limit, after ? checkDeliveryKey(after) : null);
    const keyOf = (delivery: WebhookDelivery) => [delivery.createdAt.toISOString(), delivery.id];
    return connection(rows, limit, DELIVERY_ORDER, keyOf, () => context.savedSearches.countDeliveries(search.id, status));
  },
};

export const webhookDeliveryResolvers: WebhookDeliveryResolvers = {
  offer: (delivery, _, context) => context.offerById.load(delivery.offerId),
};
