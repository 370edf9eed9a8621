import type { OrganisationResolvers } from '../generated/resolvers-types';

export const organisationResolvers: OrganisationResolvers = {
  __resolveReference: (reference, context) => context.organisationById.load(reference.id),

  parent: (organisation, _, context) => (organisation.parentId ? context.organisationById.load(organisation.parentId) : null),

  units: (organisation, _, context) => context.unitsByParentId.load(organisation.id),
};
