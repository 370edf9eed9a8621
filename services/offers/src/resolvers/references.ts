import type { OrganisationResolvers, ProgrammeResolvers } from '../generated/resolvers-types';
import { offersConnection } from '../offers/offer-connection';

/** This service's side of an organisation: any id is a valid reference, with no offers until some are written. */
export const organisationResolvers: OrganisationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  offers: (organisation, args, context) => offersConnection(context, args, { kind: 'organisation', id: organisation.id }),
  openOfferCount: (organisation, _, context) => context.openOfferCountByOrganisation.load(organisation.id),
};

export const programmeResolvers: ProgrammeResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  offers: (programme, args, context) => offersConnection(context, args, { kind: 'programme', id: programme.id }),
};
