import { oneOf } from '@passerelle/db';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const CONTRACT_TYPES = [
  'STAFF',
  'CONSULTANCY',
  'JPO',
  'INDIVIDUAL_CONTRACTOR',
  'INTERNSHIP',
  'VOLUNTEER',
  'OTHER',
  'UNSPECIFIED',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/**
 * Where an offer is in its life, as stored. The status clients see also depends on the
 * clock: a PUBLISHED offer whose deadline has passed is CLOSED (see offer-status.ts).
 */
export const OFFER_STATES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export type OfferState = (typeof OFFER_STATES)[number];

export interface DescriptionSection {
  heading: string | null;
  body: string;
}

@Entity('offers')
export class Offer {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ name: 'organisation_id', type: 'varchar', length: 64 })
  organisationId!: string;

  @Column({ name: 'organisation_name', type: 'varchar', length: 200 })
  organisationName!: string;

  @Column({ type: 'int' })
  positions!: number;

  @Column({ name: 'contract_type', type: 'varchar', length: 30, transformer: oneOf(CONTRACT_TYPES) })
  contractType!: ContractType;

  @Column({ name: 'contract_label', type: 'varchar', length: 200, nullable: true })
  contractLabel!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  grade!: string | null;

  @Column({ name: 'duration_months', type: 'int', nullable: true })
  durationMonths!: number | null;

  @Column({ name: 'min_experience_years', type: 'int', nullable: true })
  minExperienceYears!: number | null;

  @Column({ type: 'text', nullable: true })
  education!: string | null;

  @Column({ type: 'text', nullable: true })
  eligibility!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'description_sections', type: 'simple-json' })
  descriptionSections!: DescriptionSection[];

  @Column({ name: 'posted_at', type: 'datetime', nullable: true })
  postedAt!: Date | null;

  /** A UTC instant: when applications close. */
  @Column({ type: 'datetime', nullable: true })
  deadline!: Date | null;

  @Column({ name: 'deadline_time_zone', type: 'varchar', length: 64, nullable: true })
  deadlineTimeZone!: string | null;

  @Column({ name: 'deadline_time_zone_assumed', type: 'boolean' })
  deadlineTimeZoneAssumed!: boolean;

  @Column({ name: 'deadline_stated', type: 'varchar', length: 300, nullable: true })
  deadlineStated!: string | null;

  @Column({ type: 'varchar', length: 10, transformer: oneOf(OFFER_STATES) })
  state!: OfferState;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt!: Date | null;

  /**
   * The deadline of a published offer while no event has told that it passed; cleared with
   * the `offer.closed` event the deadline scan writes (change-feed/deadline-closings.ts).
   */
  @Column({ name: 'unannounced_deadline', type: 'datetime', nullable: true })
  unannouncedDeadline!: Date | null;

  @Column({ name: 'apply_url', type: 'varchar', length: 500, nullable: true })
  applyUrl!: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;

  @Column({ name: 'source_language', type: 'varchar', length: 2, nullable: true })
  sourceLanguage!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
