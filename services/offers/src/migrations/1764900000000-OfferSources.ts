import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/**
 * The records in other systems that offers were imported from (offer-imports/): a source
 * (system, id) belongs to one offer, found by its key; an offer's sources by `offer_id`,
 * and deleted with it. Ids are byte-wise: a URL's path is case-sensitive.
 */
export class OfferSources1764900000000 implements MigrationInterface {
  name = 'OfferSources1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'offer_sources',
        columns: [
          { name: 'system', ...types.binaryText(10), isPrimary: true },
          { name: 'source_id', ...types.binaryText(300), isPrimary: true },
          { name: 'offer_id', ...types.binaryText(64) },
          { name: 'version', type: 'varchar', length: '100', isNullable: true },
          { name: 'url', type: 'varchar', length: '500', isNullable: true },
          { name: 'recorded_at', ...types.timestamp },
        ],
        indices: [new TableIndex({ name: 'idx_offer_sources_offer', columnNames: ['offer_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_offer_sources_offer',
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
    await queryRunner.dropTable('offer_sources');
  }
}
