import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A country a programme works in; a table of its own so that programmes filter by country on an index. */
@Entity('programme_countries')
export class ProgrammeCountry {
  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  /** ISO 3166-1 alpha-2. */
  @PrimaryColumn({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  /** The order the sources list the countries in. */
  @Column({ type: 'int' })
  position!: number;
}
