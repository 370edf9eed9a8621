import type { ContributionStatus } from '../contributions/contribution.entity';
import type { FundingGrouping } from '../generated/resolvers-types';
import type { FundingAggregate, ReportedFundingRecord } from './funding-reads';
import { totalsByCurrency, type Money } from '@passerelle/subgraph-kit';

/** Totals and counts of a set of contributions. */
export interface FundingTotals {
  totals: Money[];
  contributionCount: number;
  unknownAmountCount: number;
}

export interface FundingSummaryValue extends FundingTotals {
  reported: ReportedFundingRecord[];
  donorIds: string[];
  byDonor: DonorFundingValue[];
  byStatus: StatusFundingValue[];
  asOf: string | null;
}

export type DonorFundingValue = FundingTotals & { donorId: string };
export type StatusFundingValue = FundingTotals & { status: ContributionStatus };

/** A group of `Query.fundingBreakdown`: its key's value as text (a donor or programme id, a year). */
export type FundingGroupValue = FundingTotals & { groupBy: FundingGrouping; value: string | null };

/** Adds up aggregates (one per group and currency) into totals per currency, never across currencies. */
export function fundingTotals(aggregates: readonly FundingAggregate[]): FundingTotals {
  return {
    totals: totalsByCurrency(aggregates.map(({ currency, total }) => ({ currency, minor: total }))),
    contributionCount: aggregates.reduce((sum, row) => sum + row.contributionCount, 0),
    unknownAmountCount: aggregates.reduce((sum, row) => sum + row.unknownAmountCount, 0),
  };
}

/** Groups aggregates by a key, keeping the keys in sorted order (nulls last). */
export function groupTotals<Key extends string | null>(
  aggregates: readonly FundingAggregate[],
  keyOf: (row: FundingAggregate) => Key,
): { key: Key; totals: FundingTotals }[] {
  const groups = new Map<Key, FundingAggregate[]>();
  for (const row of aggregates) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return [...groups.keys()]
    .sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map((key) => ({ key, totals: fundingTotals(groups.get(key)!) }));
}

/** A programme's funding: its contributions' aggregates (by donor, status and currency) and its reported totals. */
export function summariseFunding(
  aggregates: readonly FundingAggregate[],
  reported: ReportedFundingRecord[],
  asOf: string | null,
): FundingSummaryValue {
  const byDonor = groupTotals(aggregates, (row) => row.donor!).map(({ key, totals }) => ({ donorId: key, ...totals }));
  const byStatus = groupTotals(aggregates, (row) => row.status!).map(({ key, totals }) => ({ status: key, ...totals }));
  const donorIds = [...new Set([...reported.flatMap((report) => report.donorIds), ...byDonor.map((row) => row.donorId)])];
  return { ...fundingTotals(aggregates), reported, donorIds, byDonor, byStatus, asOf };
}
