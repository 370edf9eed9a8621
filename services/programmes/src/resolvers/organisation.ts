import type { OrganisationResolvers } from '../generated/resolvers-types';
import type { ProgrammeView } from '../programmes/programme-statements';

/** This service's side of an organisation: any id is a valid reference, with no programmes until some are recorded. */
export const organisationResolvers: OrganisationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),

  programmes: async (organisation, { role }, context) => {
    const ids = await context.programmeIdsOfOrganisation(role ?? null).load(organisation.id);
    const programmes = (await context.programmeById.loadMany(ids)).filter(
      (row): row is ProgrammeView => row !== null && !(row instanceof Error),
    );
    return programmes.sort((a, b) => (a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1));
  },

  contributions: (organisation, _, context) => context.contributionsByDonorId.load(organisation.id),
};
