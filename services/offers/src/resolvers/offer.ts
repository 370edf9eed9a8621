import { descriptionOf } from '../context';
import type { OfferResolvers } from '../generated/resolvers-types';
import { organisationReference } from '../offers/offer-connection';
import { jobPostingJsonLd } from '../offers/offer-json-ld';
import { statusAt } from '../offers/offer-status';

export const offerResolvers: OfferResolvers = {
  // a draft the viewer may not see resolves to null, as an unknown id does
  __resolveReference: (reference, context) => context.offerById.load(reference.id),

  organisation: (offer) => organisationReference(offer.organisationId),

  programmes: async (offer, _, context) => (await context.listsByOffer.load(offer.id)).programmeIds.map((id) => ({ id })),

  dutyStations: async (offer, _, context) => (await context.listsByOffer.load(offer.id)).dutyStations,

  countryCodes: async (offer, _, context) => (await context.listsByOffer.load(offer.id)).countryCodes,

  themes: async (offer, _, context) => (await context.listsByOffer.load(offer.id)).themes,

  languages: async (offer, _, context) => (await context.listsByOffer.load(offer.id)).languages,

  status: (offer, _, context) => statusAt(offer, context.now),

  description: async (offer, _, context) => (await descriptionOf(context, offer)).description,

  descriptionSections: async (offer, _, context) => (await descriptionOf(context, offer)).descriptionSections,

  sourceRecord: (offer, _, context) => context.sourceRecordByOffer.load(offer.id),

  jsonLd: async (offer, _, context) => {
    const [lists, description] = await Promise.all([context.listsByOffer.load(offer.id), descriptionOf(context, offer)]);
    return jobPostingJsonLd({ ...offer, ...description }, lists);
  },
};
