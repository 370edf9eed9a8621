import type * as Schema from '../generated/resolvers-types';
import { ImportableRow } from '../imports/source-columns';
import { Column, CreateDateColumn, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** In the order a contribution goes through them. */
export const CONTRIBUTION_STATUSES = ['PLEDGED', 'COMMITTED', 'PAID'] as const satisfies readonly Schema.ContributionStatus[];
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

/** A status only moves forward in this order (skipping one is allowed); see `updateContribution`. */
export const isForwardOrSame = (from: ContributionStatus, to: ContributionStatus): boolean =>
  CONTRIBUTION_STATUSES.indexOf(to) >= CONTRIBUTION_STATUSES.indexOf(from);

/**
 * A donor's contribution to a programme. The amount is an integer of the currency's minor
 * units (cents for USD), written as a decimal string; both are null when no source states it.
 * Rows are read through ContributionReads, which reads the amount as exact text.
 */
@Entity('contributions')
export class Contribution extends ImportableRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  /** An id of the organisations service. */
  @Column({ name: 'donor_id', type: 'varchar', length: 64 })
  donorId!: string;

  @Column({ name: 'amount_minor', type: 'bigint', nullable: true })
  amountMinor!: string | null;

  /** ISO 4217. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: ContributionStatus;

  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY": as precise as the source. */
  @Column({ name: 'contributed_on', type: 'varchar', length: 10, nullable: true })
  contributedOn!: string | null;

  /** The date, or "" when unknown: the list's ordering key, never null so that keyset paging stays simple. */
  @Column({ name: 'sort_date', type: 'varchar', length: 10 })
  sortDate!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  /** 1 when recorded, one more with each update; updates must name the version they change. */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'recorded_at' })
  recordedAt!: Date;
}
