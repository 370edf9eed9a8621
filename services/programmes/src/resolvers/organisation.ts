import type { ProgrammesContext } from '../context';
import type { ParticipationRole } from '../programmes/participation.entity';
import type { ProgrammeView } from '../programmes/programme-statements';

/** This service's side of an organisation: any id is a valid reference, with no programmes until some are recorded. */
export const organisationResolvers = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),

  programmes: async (organisation: { id: string }, { role }: { role?: ParticipationRole | null }, context: ProgrammesContext) => {
    const ids = await context.programmeIdsOfOrganisation(role ?? null).load(organisation.id);
    const programmes = (await context.programmeById.loadMany(ids)).filter((row): row is ProgrammeView => row !== null && !(row instanceof Error));
    return programmes.sort((a, b) => (a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1));
  },

  contributions: (organisation: { id: string }, _: unknown, context: ProgrammesContext) =>
    context.contributionsByDonorId.load(organisation.id),
};
