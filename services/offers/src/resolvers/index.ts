import type { ResolverMap as GraphQLResolverMap } from '@passerelle/subgraph-kit';
import { scalarResolvers } from '@passerelle/subgraph-kit';
import { descriptionOf, type OffersContext } from '../context';
import type { ShownOffer } from '../offers/offer-statements';
import { offersConnection, organisationReference, type OffersArgs } from '../offers/offer-connection';
import { statusAt } from '../offers/offer-status';
import { jobPostingJsonLd } from '../offers/offer-json-ld';
import { closeOffer, createOffer, updateOffer } from './mutation';
import { savedSearchMutations, savedSearchQueries, savedSearchTypes } from './saved-search';

type Reference = { id: string };

export const resolvers: GraphQLResolverMap<OffersContext> = {
  DateTime: scalarResolvers.DateTime,
  JSON: scalarResolvers.JSON,

  Query: {
    offer: (_: unknown, { id }: { id: string }, context: OffersContext) => context.offerById.load(id),
    offers: (_: unknown, args: OffersArgs, context: OffersContext) => offersConnection(context, args),
    ...savedSearchQueries,
  },

  Mutation: {
    createOffer: (_: unknown, args: Parameters<typeof createOffer>[0], context: OffersContext) => createOffer(args, context),
    updateOffer: (_: unknown, args: Parameters<typeof updateOffer>[0], context: OffersContext) => updateOffer(args, context),
    closeOffer: (_: unknown, args: Parameters<typeof closeOffer>[0], context: OffersContext) => closeOffer(args, context),
    ...savedSearchMutations,
  },

  ...savedSearchTypes,

  Offer: {
    // a draft the viewer may not see resolves to null, as an unknown id does
    __resolveReference: (reference: Reference, context: OffersContext) => context.offerById.load(reference.id),

    organisation: (offer: ShownOffer) => organisationReference(offer.organisationId),

    programmes: async (offer: ShownOffer, _: unknown, context: OffersContext) =>
      (await context.listsByOffer.load(offer.id)).programmeIds.map((id) => ({ __typename: 'Programme', id })),

    dutyStations: async (offer: ShownOffer, _: unknown, context: OffersContext) => (await context.listsByOffer.load(offer.id)).dutyStations,

    countryCodes: async (offer: ShownOffer, _: unknown, context: OffersContext) => (await context.listsByOffer.load(offer.id)).countryCodes,

    themes: async (offer: ShownOffer, _: unknown, context: OffersContext) => (await context.listsByOffer.load(offer.id)).themes,

    languages: async (offer: ShownOffer, _: unknown, context: OffersContext) => (await context.listsByOffer.load(offer.id)).languages,

    status: (offer: ShownOffer, _: unknown, context: OffersContext) => statusAt(offer, context.now),

    description: async (offer: ShownOffer, _: unknown, context: OffersContext) => (await descriptionOf(context, offer)).description,

    descriptionSections: async (offer: ShownOffer, _: unknown, context: OffersContext) =>
      (await descriptionOf(context, offer)).descriptionSections,

    jsonLd: async (offer: ShownOffer, _: unknown, context: OffersContext) => {
      const [{ dutyStations, countryCodes }, description] = await Promise.all([context.listsByOffer.load(offer.id), descriptionOf(context, offer)]);
      return jobPostingJsonLd({ ...offer, ...description }, dutyStations, countryCodes);
    },
  },

  Organisation: {
    __resolveReference: (reference: Reference) => ({ id: reference.id }),
    offers: (organisation: Reference, args: OffersArgs, context: OffersContext) =>
      offersConnection(context, args, { kind: 'organisation', id: organisation.id }),
    openOfferCount: (organisation: Reference, _: unknown, context: OffersContext) =>
      context.openOfferCountByOrganisation.load(organisation.id),
  },

  Programme: {
    __resolveReference: (reference: Reference) => ({ id: reference.id }),
    offers: (programme: Reference, args: OffersArgs, context: OffersContext) =>
      offersConnection(context, args, { kind: 'programme', id: programme.id }),
  },
};
