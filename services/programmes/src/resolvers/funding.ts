import type { ProgrammesContext } from '../context';
import type { ContributionRecord } from '../contributions/contribution-reads';
import type { FundingSummaryValue } from '../funding/funding-summary';
import type { ReportedFundingRecord } from '../funding/funding-reads';
import { money } from '@passerelle/subgraph-kit';
import type { FundingGrouping } from './query';
import { organisationRef } from './references';

interface FundingGroupValue {
  groupBy: FundingGrouping;
  value: string | null;
}

export const contributionResolvers = {
  __resolveReference: (reference: { id: string }, context: ProgrammesContext) => context.contributionById.load(reference.id),
  donor: (contribution: ContributionRecord) => organisationRef(contribution.donorId),
  programme: (contribution: ContributionRecord, _: unknown, context: ProgrammesContext) =>
    context.programmeById.load(contribution.programmeId),
  amount: (contribution: ContributionRecord) =>
    contribution.amountMinor === null ? null : money(contribution.amountMinor, contribution.currency!),
};

export const fundingResolvers = {
  FundingSummary: {
    donors: (summary: FundingSummaryValue) => summary.donorIds.map(organisationRef),
  },
  ReportedFunding: {
    amount: (reported: ReportedFundingRecord) => money(reported.amountMinor, reported.currency),
    donors: (reported: ReportedFundingRecord) => reported.donorIds.map(organisationRef),
  },
  DonorFunding: {
    donor: (row: { donorId: string }) => organisationRef(row.donorId),
  },
  FundingGroup: {
    donor: (group: FundingGroupValue) => (group.groupBy === 'DONOR' ? organisationRef(group.value!) : null),
    programme: (group: FundingGroupValue, _: unknown, context: ProgrammesContext) =>
      group.groupBy === 'PROGRAMME' ? context.programmeById.load(group.value!) : null,
    year: (group: FundingGroupValue) => (group.groupBy === 'YEAR' && group.value !== null ? Number(group.value) : null),
  },
};
