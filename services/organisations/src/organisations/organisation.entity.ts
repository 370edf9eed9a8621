import type * as Schema from '../generated/resolvers-types';
import { oneOf } from '@passerelle/db';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const ORGANISATION_KINDS = [
  'UN_AGENCY',
  'UN_MISSION',
  'NGO',
  'GOVERNMENT',
  'DONOR',
  'POOLED_FUND',
  'UNIT',
  'OTHER',
] as const satisfies readonly Schema.OrganisationKind[];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisations')
export class Organisation {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym!: string | null;

  @Column({ type: 'simple-json' })
  aliases!: string[];

  @Column({ type: 'varchar', length: 20, transformer: oneOf(ORGANISATION_KINDS) })
  kind!: OrganisationKind;

  @Column({ name: 'parent_id', type: 'varchar', length: 64, nullable: true })
  parentId!: string | null;

  @Column({ name: 'country_code', type: 'varchar', length: 2, nullable: true })
  countryCode!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Name, acronym and aliases folded for case- and accent-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  /** The folded name: the ordering key of the list, byte-wise on both databases. */
  @Column({ name: 'sort_name', type: 'varchar', length: 200 })
  sortName!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
