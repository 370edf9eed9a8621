import type * as Schema from '../generated/resolvers-types';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const REPORTED_FUNDING_KINDS = ['TOTAL_CONTRIBUTIONS', 'BUDGET'] as const satisfies readonly Schema.ReportedFundingKind[];
export type ReportedFundingKind = (typeof REPORTED_FUNDING_KINDS)[number];

/**
 * A total as a source reported it, kept apart from contributions: the FCS's 40 265 165 USD
 * (December 2017) has no per-donor breakdown, so it cannot be a sum of contributions.
 */
@Entity('reported_funding')
export class ReportedFunding {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY": as precise as the source. */
  @Column({ name: 'as_of', type: 'varchar', length: 10 })
  asOf!: string;

  /** False when the source does not date the figure and `asOf` is the latest date it gives elsewhere. */
  @Column({ name: 'as_of_stated', type: 'boolean' })
  asOfStated!: boolean;

  @Column({ type: 'varchar', length: 24 })
  kind!: ReportedFundingKind;

  /** Ids of the organisations service, in the source's order. */
  @Column({ name: 'donor_ids', type: 'simple-json' })
  donorIds!: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  @CreateDateColumn({ name: 'recorded_at' })
  recordedAt!: Date;
}
