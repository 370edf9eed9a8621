import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/**
 * The identifiers other systems give an organisation (IATI, ReliefWeb, FTS, its web domain):
 * a value belongs to at most one organisation per scheme, which the primary key enforces.
 * Byte-wise on both databases, so that uniqueness means the same on MySQL and SQLite.
 */
export class OrganisationIdentifiers1765000000000 implements MigrationInterface {
  name = 'OrganisationIdentifiers1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'organisation_identifiers',
        columns: [
          { name: 'scheme', ...types.binaryText(20), isPrimary: true },
          { name: 'value', ...types.binaryText(200), isPrimary: true },
          { name: 'organisation_id', ...types.id },
        ],
        indices: [new TableIndex({ name: 'idx_organisation_identifiers_owner', columnNames: ['organisation_id', 'scheme', 'value'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_organisation_identifiers_owner',
            columnNames: ['organisation_id'],
            referencedTableName: 'organisations',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organisation_identifiers');
  }
}
