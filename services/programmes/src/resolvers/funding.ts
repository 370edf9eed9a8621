import { money } from '@passerelle/subgraph-kit';
import type { ContributionResolvers, Resolvers } from '../generated/resolvers-types';
import { organisationRef } from './references';

export const contributionResolvers: ContributionResolvers = {
  __resolveReference: (reference, context) => context.contributionById.load(reference.id),
  donor: (contribution) => organisationRef(contribution.donorId),
  // a foreign key: a contribution's programme is always there
  programme: async (contribution, _, context) => (await context.programmeById.load(contribution.programmeId))!,
  amount: (contribution) => (contribution.amountMinor === null ? null : money(contribution.amountMinor, contribution.currency!)),
};

export const fundingResolvers: Pick<Resolvers, 'FundingSummary' | 'ReportedFunding' | 'DonorFunding' | 'FundingGroup'> = {
  FundingSummary: {
    donors: (summary) => summary.donorIds.map(organisationRef),
  },
  ReportedFunding: {
    amount: (reported) => money(reported.amountMinor, reported.currency),
    donors: (reported) => reported.donorIds.map(organisationRef),
  },
  DonorFunding: {
    donor: (row) => organisationRef(row.donorId),
  },
  FundingGroup: {
    donor: (group) => (group.groupBy === 'DONOR' ? organisationRef(group.value!) : null),
    programme: (group, _, context) => (group.groupBy === 'PROGRAMME' ? context.programmeById.load(group.value!) : null),
    year: (group) => (group.groupBy === 'YEAR' && group.value !== null ? Number(group.value) : null),
  },
};
