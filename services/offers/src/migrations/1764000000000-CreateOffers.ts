import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/**
 * Ids, codes, themes and search terms are byte-wise (utf8mb4_bin on MySQL, SQLite's
 * default) so that matching and ordering on them give the same answer on both databases.
 */
export class CreateOffers1764000000000 implements MigrationInterface {
  name = 'CreateOffers1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const key = (name: string, length = 64): TableColumnOptions => ({ name, ...types.binaryText(length) });
    const offerId = key('offer_id');

    await queryRunner.createTable(
      new Table({
        name: 'offers',
        columns: [
          { ...key('id'), isPrimary: true },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'reference', type: 'varchar', length: '100', isNullable: true },
          key('organisation_id'),
          { name: 'organisation_name', type: 'varchar', length: '200' },
          { name: 'positions', type: 'int' },
          key('contract_type', 30),
          { name: 'contract_label', type: 'varchar', length: '200', isNullable: true },
          { name: 'grade', type: 'varchar', length: '60', isNullable: true },
          { name: 'duration_months', type: 'int', isNullable: true },
          { name: 'min_experience_years', type: 'int', isNullable: true },
          { name: 'education', ...types.text, isNullable: true },
          { name: 'eligibility', ...types.text, isNullable: true },
          { name: 'description', ...types.longText },
          { name: 'description_sections', ...types.longText },
          { name: 'posted_at', ...types.timestamp, isNullable: true },
          { name: 'deadline', ...types.timestamp, isNullable: true },
          { name: 'deadline_time_zone', type: 'varchar', length: '64', isNullable: true },
          { name: 'deadline_time_zone_assumed', type: 'boolean' },
          { name: 'deadline_stated', type: 'varchar', length: '300', isNullable: true },
          key('state', 10),
          { name: 'closed_at', ...types.timestamp, isNullable: true },
          { name: 'apply_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'source_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'source_language', type: 'varchar', length: '2', isNullable: true },
          { name: 'version', type: 'int' },
          { name: 'created_at', ...types.timestamp, default: types.now },
          { name: 'updated_at', ...types.timestamp, default: types.now },
        ],
      }),
    );
    await queryRunner.createIndices('offers', [
      // the three orderings, each ending in the id tie-break
      new TableIndex({ name: 'idx_offers_deadline', columnNames: ['deadline', 'id'] }),
      new TableIndex({ name: 'idx_offers_posted', columnNames: ['posted_at', 'id'] }),
      // the status filter is a condition on state and deadline
      new TableIndex({ name: 'idx_offers_state_deadline', columnNames: ['state', 'deadline'] }),
      new TableIndex({ name: 'idx_offers_organisation', columnNames: ['organisation_id', 'state', 'deadline'] }),
      new TableIndex({ name: 'idx_offers_contract_type', columnNames: ['contract_type', 'deadline'] }),
    ]);

    await this.createChildTable(
      queryRunner,
      'offer_duty_stations',
      [
        { ...offerId, isPrimary: true },
        { name: 'position', type: 'int', isPrimary: true },
        { name: 'city', type: 'varchar', length: '100' },
        key('city_key', 100),
        key('country_code', 2),
      ],
      [['city_key'], ['country_code']],
    );
    await this.createChildTable(
      queryRunner,
      'offer_countries',
      [
        { ...offerId, isPrimary: true },
        { ...key('country_code', 2), isPrimary: true },
        { name: 'position', type: 'int' },
      ],
      [['country_code']],
    );
    await this.createChildTable(
      queryRunner,
      'offer_languages',
      [
        { ...offerId, isPrimary: true },
        { ...key('code', 2), isPrimary: true },
        { name: 'required', type: 'boolean' },
        { name: 'position', type: 'int' },
      ],
      [['code']],
    );
    await this.createChildTable(
      queryRunner,
      'offer_themes',
      [
        { ...offerId, isPrimary: true },
        { ...key('theme'), isPrimary: true },
        { name: 'position', type: 'int' },
      ],
      [['theme']],
    );
    await this.createChildTable(
      queryRunner,
      'offer_programmes',
      [
        { ...offerId, isPrimary: true },
        { ...key('programme_id'), isPrimary: true },
        { name: 'position', type: 'int' },
      ],
      [['programme_id']],
    );
    await this.createChildTable(
      queryRunner,
      'offer_terms',
      [
        { ...offerId, isPrimary: true },
        { ...key('term'), isPrimary: true },
        { name: 'title_hits', type: 'int' },
        { name: 'body_hits', type: 'int' },
      ],
      [['term']],
    );
  }

  /** A table of one of an offer's lists, deleted with the offer, indexed for filtering by each lookup column. */
  private async createChildTable(
    queryRunner: QueryRunner,
    name: string,
    columns: TableColumnOptions[],
    lookups: string[][],
  ): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name,
        columns,
        indices: lookups.map((lookup) => new TableIndex({ name: `idx_${name}_${lookup.join('_')}`, columnNames: [...lookup, 'offer_id'] })),
        foreignKeys: [
          new TableForeignKey({
            name: `fk_${name}_offer`,
            columnNames: ['offer_id'],
            referencedTableName: 'offers',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['offer_terms', 'offer_programmes', 'offer_themes', 'offer_languages', 'offer_countries', 'offer_duty_stations']) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropTable('offers');
  }
}
