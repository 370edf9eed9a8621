import { connection, pageArgs, yearOf } from '@passerelle/subgraph-kit';
import { BY_DATE, contributionSortKey } from '../contributions/contribution-reads';
import type { ProgrammeResolvers } from '../generated/resolvers-types';
import { sourceRecordOf } from '../imports/source-columns';
import { organisationRef } from './references';

export const programmeResolvers: ProgrammeResolvers = {
  __resolveReference: (reference, context) => context.programmeById.load(reference.id),

  // Deprecated; the year of the date, so the two never disagree (a row with a year and no date keeps its year).
  startYear: (programme) => (programme.startDate ? yearOf(programme.startDate) : programme.startYear),
  endYear: (programme) => (programme.endDate ? yearOf(programme.endDate) : programme.endYear),

  countryCodes: (programme, _, context) => context.countriesByProgrammeId.load(programme.id),

  parent: (programme, _, context) => (programme.parentId ? context.programmeById.load(programme.parentId) : null),

  components: (programme, _, context) => context.componentsByParentId.load(programme.id),

  supports: (programme, _, context) => (programme.supportsId ? context.programmeById.load(programme.supportsId) : null),

  supportedBy: (programme, _, context) => context.supportersBySupportedId.load(programme.id),

  participants: async (programme, { role }, context) => {
    const participants = await context.participantsByProgrammeId.load(programme.id);
    return participants
      .filter((participant) => !role || participant.role === role)
      .map(({ organisationId, ...participation }) => ({ ...participation, organisation: organisationRef(organisationId) }));
  },

  contributions: async (programme, args, context) => {
    const { limit, after } = pageArgs(args, BY_DATE, 2);
    const rows = await context.contributionPage(limit, after).load(programme.id);
    return connection(rows, limit, BY_DATE, contributionSortKey, () => context.contributionCountByProgrammeId.load(programme.id));
  },

  funding: (programme, { asOf }, context) => context.fundingOf(asOf ?? null).load(programme.id),

  sourceRecord: (programme) => sourceRecordOf(programme),
};
