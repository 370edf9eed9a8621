import { requireIdentity } from '@passerelle/auth';
import type { QueryResolvers } from '../generated/resolvers-types';
import { offersConnection } from '../offers/offer-connection';
import { ownSearch } from './saved-search';

export const queryResolvers: QueryResolvers = {
  offer: (_, { id }, context) => context.offerById.load(id),
  offers: (_, args, context) => offersConnection(context, args),
  savedSearches: (_, __, context) => context.savedSearches.ownedBy(requireIdentity(context.viewer).subject),
  savedSearch: (_, { id }, context) => ownSearch(context, id),
};
