import type * as Schema from '../generated/resolvers-types';
import { ImportableRow } from '../imports/source-columns';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const PROGRAMME_KINDS = [
  'STRATEGY',
  'NATIONAL_PROGRAMME',
  'POOLED_FUND',
  'BILATERAL_PORTFOLIO',
  'TALENT_PROGRAMME',
  'COORDINATION_MECHANISM',
  'AGENCY_PROGRAMME',
  'PROJECT',
  'OTHER',
] as const satisfies readonly Schema.ProgrammeKind[];
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

@Entity('programmes')
export class Programme extends ImportableRow {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym!: string | null;

  @Column({ type: 'simple-json' })
  aliases!: string[];

  @Column({ type: 'varchar', length: 30 })
  kind!: ProgrammeKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY": as precise as the source. */
  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate!: string | null;

  /** The year of `startDate`, kept for the deprecated `startYear`. */
  @Column({ name: 'start_year', type: 'int', nullable: true })
  startYear!: number | null;

  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  @Column({ name: 'end_date', type: 'varchar', length: 10, nullable: true })
  endDate!: string | null;

  /** The year of `endDate`, kept for the deprecated `endYear`. */
  @Column({ name: 'end_year', type: 'int', nullable: true })
  endYear!: number | null;

  @Column({ name: 'parent_id', type: 'varchar', length: 64, nullable: true })
  parentId!: string | null;

  @Column({ name: 'supports_id', type: 'varchar', length: 64, nullable: true })
  supportsId!: string | null;

  /** Name, acronym and aliases folded for case- and accent-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  /** The folded name: the ordering key of the list, byte-wise on both databases. */
  @Column({ name: 'sort_name', type: 'varchar', length: 300 })
  sortName!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
