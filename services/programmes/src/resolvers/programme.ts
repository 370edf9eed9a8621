import { connection, pageArgs, type PageArgs, yearOf } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
import { BY_DATE, contributionSortKey } from '../contributions/contribution-reads';
import type { ParticipationRole } from '../programmes/participation.entity';
import type { ProgrammeView } from '../programmes/programme-statements';
import { organisationRef } from './references';

export const programmeResolvers = {
  __resolveReference: (reference: { id: string }, context: ProgrammesContext) => context.programmeById.load(reference.id),

  // Deprecated; the year of the date, so the two never disagree (a row with a year and no date keeps its year).
  startYear: (programme: ProgrammeView) => (programme.startDate ? yearOf(programme.startDate) : programme.startYear),
  endYear: (programme: ProgrammeView) => (programme.endDate ? yearOf(programme.endDate) : programme.endYear),

  countryCodes: (programme: ProgrammeView, _: unknown, context: ProgrammesContext) =>
    context.countriesByProgrammeId.load(programme.id),

  parent: (programme: ProgrammeView, _: unknown, context: ProgrammesContext) =>
    programme.parentId ? context.programmeById.load(programme.parentId) : null,

  components: (programme: ProgrammeView, _: unknown, context: ProgrammesContext) =>
    context.componentsByParentId.load(programme.id),

  supports: (programme: ProgrammeView, _: unknown, context: ProgrammesContext) =>
    programme.supportsId ? context.programmeById.load(programme.supportsId) : null,

  supportedBy: (programme: ProgrammeView, _: unknown, context: ProgrammesContext) =>
    context.supportersBySupportedId.load(programme.id),

  participants: async (programme: ProgrammeView, { role }: { role?: ParticipationRole | null }, context: ProgrammesContext) => {
    const participants = await context.participantsByProgrammeId.load(programme.id);
    return participants
      .filter((participant) => !role || participant.role === role)
      .map(({ organisationId, ...participation }) => ({ ...participation, organisation: organisationRef(organisationId) }));
  },

  contributions: async (programme: ProgrammeView, args: PageArgs, context: ProgrammesContext) => {
    const { limit, after } = pageArgs(args, BY_DATE, 2);
    const rows = await context.contributionPage(limit, after).load(programme.id);
    return connection(rows, limit, BY_DATE, contributionSortKey, () =>
      context.contributionCountByProgrammeId.load(programme.id),
    );
  },

  funding: (programme: ProgrammeView, { asOf }: { asOf?: string | null }, context: ProgrammesContext) =>
    context.fundingOf(asOf ?? null).load(programme.id),
};
