import { connection, pageArgs, type PageArgs } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
import { BY_DATE, contributionSortKey } from '../contribution-store';
import { yearOf } from '../dates';
import type { ParticipationRole } from '../participation.entity';
import type { Programme } from '../programme.entity';
import { organisationRef } from './references';

export const programmeResolvers = {
  __resolveReference: (reference: { id: string }, context: ProgrammesContext) => context.programmeById.load(reference.id),

  // Deprecated; the year of the date, so the two never disagree (a row with a year and no date keeps its year).
  startYear: (programme: Programme) => (programme.startDate ? yearOf(programme.startDate) : programme.startYear),
  endYear: (programme: Programme) => (programme.endDate ? yearOf(programme.endDate) : programme.endYear),

  countryCodes: (programme: Programme, _: unknown, context: ProgrammesContext) =>
    context.countriesByProgrammeId.load(programme.id),

  parent: (programme: Programme, _: unknown, context: ProgrammesContext) =>
    programme.parentId ? context.programmeById.load(programme.parentId) : null,

  components: (programme: Programme, _: unknown, context: ProgrammesContext) =>
    context.componentsByParentId.load(programme.id),

  supports: (programme: Programme, _: unknown, context: ProgrammesContext) =>
    programme.supportsId ? context.programmeById.load(programme.supportsId) : null,

  supportedBy: (programme: Programme, _: unknown, context: ProgrammesContext) =>
    context.supportersBySupportedId.load(programme.id),

  participants: async (programme: Programme, { role }: { role?: ParticipationRole | null }, context: ProgrammesContext) => {
    const participants = await context.participantsByProgrammeId.load(programme.id);
    return participants
      .filter((participant) => !role || participant.role === role)
      .map(({ organisationId, ...participation }) => ({ ...participation, organisation: organisationRef(organisationId) }));
  },

  contributions: async (programme: Programme, args: PageArgs, context: ProgrammesContext) => {
    const { limit, after } = pageArgs(args, BY_DATE, 2);
    const rows = await context.contributionPage(limit, after).load(programme.id);
    return connection(rows, limit, BY_DATE, contributionSortKey, () =>
      context.contributionCountByProgrammeId.load(programme.id),
    );
  },

  funding: (programme: Programme, { asOf }: { asOf?: string | null }, context: ProgrammesContext) =>
    context.fundingOf(asOf ?? null).load(programme.id),
};
