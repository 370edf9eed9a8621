import type { OrganisationResolvers } from '../generated/resolvers-types';
import { organisationJsonLd } from '../organisations/organisation-json-ld';

export const organisationResolvers: OrganisationResolvers = {
  __resolveReference: (reference, context) => context.organisationById.load(reference.id),

  parent: (organisation, _, context) => (organisation.parentId ? context.organisationById.load(organisation.parentId) : null),

  units: (organisation, _, context) => context.unitsByParentId.load(organisation.id),

  identifiers: async (organisation, _, context) =>
    (await context.identifiersByOrganisationId.load(organisation.id)).map(({ scheme, value }) => ({ scheme, value })),

  jsonLd: async (organisation, _, context) => {
    const [identifiers, parent] = await Promise.all([
      context.identifiersByOrganisationId.load(organisation.id),
      organisation.parentId ? context.organisationById.load(organisation.parentId) : null,
    ]);
    return organisationJsonLd(organisation, identifiers, parent);
  },
};
