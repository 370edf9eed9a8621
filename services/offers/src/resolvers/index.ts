import { scalarResolvers } from '@passerelle/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from './mutation';
import { offerResolvers } from './offer';
import { queryResolvers } from './query';
import { organisationResolvers, programmeResolvers } from './references';
import { savedSearchResolvers, webhookDeliveryResolvers } from './saved-search';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  JSON: scalarResolvers.JSON,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Offer: offerResolvers,
  SavedSearch: savedSearchResolvers,
  WebhookDelivery: webhookDeliveryResolvers,
  Organisation: organisationResolvers,
  Programme: programmeResolvers,
};
