import type { DataSource } from 'typeorm';
import { isMysql } from '@passerelle/db';
import { Contribution, type ContributionStatus } from '../contributions/contribution.entity';
import { whereContributions, type ContributionFilter } from '../contributions/contribution-filter';
import { asOfBound } from '@passerelle/subgraph-kit';
import { ReportedFunding, type ReportedFundingKind } from './reported-funding.entity';

/** What contributions can be grouped by. */
export type FundingKey = 'programme' | 'donor' | 'status' | 'year';

const KEY_COLUMNS: Record<FundingKey, string> = {
  programme: 'c.programme_id',
  donor: 'c.donor_id',
  status: 'c.status',
  year: 'SUBSTR(c.contributed_on, 1, 4)',
};

/** One group of contributions in one currency (null: the amounts nobody stated). */
export interface FundingAggregate {
  programme?: string;
  donor?: string;
  status?: ContributionStatus;
  year?: string | null;
  currency: string | null;
  contributionCount: number;
  unknownAmountCount: number;
  /** The exact sum of the group's minor units; null when every amount is unknown. */
  total: bigint | null;
}

/**
 * Funding sums in SQL, exact on both databases. MySQL's SUM of a BIGINT is an exact DECIMAL.
 * SQLite's SUM is a 64-bit integer that fails on overflow, so there the billions and the
 * remainders are summed apart and joined with BigInt: exact beyond 2^63 as well.
 */
export class FundingReads {
  private readonly mysql: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.mysql = isMysql(dataSource);
  }

  async aggregate(keys: FundingKey[], filter: ContributionFilter): Promise<FundingAggregate[]> {
    const query = whereContributions(this.dataSource.getRepository(Contribution).createQueryBuilder('c'), filter)
      .select('c.currency', 'currency')
      .addSelect('COUNT(*)', 'contributionCount')
      .addSelect('SUM(CASE WHEN c.amount_minor IS NULL THEN 1 ELSE 0 END)', 'unknownAmountCount')
      .groupBy('c.currency');
    for (const key of keys) query.addSelect(KEY_COLUMNS[key], key).addGroupBy(KEY_COLUMNS[key]);
    if (this.mysql) {
      query.addSelect('CAST(SUM(c.amount_minor) AS CHAR)', 'total');
    } else {
      query
        .addSelect('CAST(SUM(c.amount_minor / 1000000000) AS CHAR)', 'billions')
        .addSelect('CAST(SUM(c.amount_minor % 1000000000) AS CHAR)', 'remainder');
    }
    const rows = await query.getRawMany<RawAggregate>();
    return rows.map(({ contributionCount, unknownAmountCount, total, billions, remainder, ...keys }) => ({
      ...keys,
      contributionCount: Number(contributionCount),
      unknownAmountCount: Number(unknownAmountCount),
      total: exactTotal(total, billions, remainder),
    }));
  }

  /** The reported totals of these programmes dated on or before `asOf`, latest first. */
  async reportedFor(programmeIds: readonly string[], asOf: string | null): Promise<ReportedFundingRecord[]> {
    const query = this.dataSource
      .getRepository(ReportedFunding)
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect('r.programme_id', 'programmeId')
      .addSelect('CAST(r.amount_minor AS CHAR)', 'amountMinor')
      .addSelect('r.currency', 'currency')
      .addSelect('r.as_of', 'asOf')
      .addSelect('r.as_of_stated', 'asOfStated')
      .addSelect('r.kind', 'kind')
      .addSelect('r.donor_ids', 'donorIds')
      .addSelect('r.source', 'source')
      .addSelect('r.excerpt', 'excerpt')
      .where('r.programme_id IN (:...programmeIds)', { programmeIds })
      .orderBy('r.as_of', 'DESC')
      .addOrderBy('r.id', 'ASC');
    if (asOf) query.andWhere('r.as_of <= :asOfBound', { asOfBound: asOfBound(asOf) });
    const rows = await query.getRawMany<RawReported>();
    return rows.map((row) => ({
      ...row,
      amountMinor: BigInt(row.amountMinor),
      asOfStated: Boolean(Number(row.asOfStated)),
      donorIds: JSON.parse(row.donorIds) as string[],
    }));
  }
}

/** A reported total as the resolvers see it, its amount exact. */
export interface ReportedFundingRecord {
  id: string;
  programmeId: string;
  amountMinor: bigint;
  currency: string;
  asOf: string;
  asOfStated: boolean;
  kind: ReportedFundingKind;
  donorIds: string[];
  source: string | null;
  excerpt: string | null;
}

type RawReported = Omit<ReportedFundingRecord, 'amountMinor' | 'asOfStated' | 'donorIds'> & {
  amountMinor: string;
  asOfStated: number | string | boolean;
  donorIds: string;
};

interface RawAggregate {
  currency: string | null;
  programme?: string;
  donor?: string;
  status?: ContributionStatus;
  year?: string | null;
  contributionCount: number | string;
  unknownAmountCount: number | string;
  total?: string | null;
  billions?: string | null;
  remainder?: string | null;
}

function exactTotal(total?: string | null, billions?: string | null, remainder?: string | null): bigint | null {
  if (total != null) return BigInt(total);
  if (billions == null || remainder == null) return null;
  return BigInt(billions) * 1_000_000_000n + BigInt(remainder);
}
