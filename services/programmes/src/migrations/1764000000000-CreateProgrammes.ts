import { Table, TableCheck, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

export class CreateProgrammes1764000000000 implements MigrationInterface {
  name = 'CreateProgrammes1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const programmeId = { name: 'programme_id', ...types.id };
    const programmeForeignKey = (table: string, onDelete: 'CASCADE' | 'RESTRICT') =>
      new TableForeignKey({
        name: `fk_${table}_programme`,
        columnNames: ['programme_id'],
        referencedTableName: 'programmes',
        referencedColumnNames: ['id'],
        onDelete,
      });
    const created = { name: 'created_at', ...types.timestamp, default: types.now };

    await queryRunner.createTable(
      new Table({
        name: 'programmes',
        columns: [
          { name: 'id', ...types.id, isPrimary: true },
          { name: 'name', type: 'varchar', length: '300' },
          { name: 'acronym', type: 'varchar', length: '40', isNullable: true },
          { name: 'aliases', ...types.text },
          { name: 'kind', type: 'varchar', length: '30' },
          { name: 'description', ...types.text, isNullable: true },
          { name: 'start_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'start_year', type: 'int', isNullable: true },
          { name: 'end_date', type: 'varchar', length: '10', isNullable: true },
          { name: 'end_year', type: 'int', isNullable: true },
          { name: 'parent_id', ...types.id, isNullable: true },
          { name: 'supports_id', ...types.id, isNullable: true },
          { name: 'search_text', ...types.text },
          { name: 'sort_name', ...types.binaryText(300) },
          { name: 'version', type: 'int' },
          created,
          { name: 'updated_at', ...types.timestamp, default: types.now },
        ],
        indices: [
          new TableIndex({ name: 'idx_programmes_sort', columnNames: ['sort_name', 'id'] }),
          new TableIndex({ name: 'idx_programmes_parent', columnNames: ['parent_id', 'sort_name'] }),
          new TableIndex({ name: 'idx_programmes_supports', columnNames: ['supports_id', 'sort_name'] }),
          new TableIndex({ name: 'idx_programmes_kind', columnNames: ['kind', 'sort_name'] }),
        ],
        foreignKeys: ['parent_id', 'supports_id'].map(
          (column) =>
            new TableForeignKey({
              name: `fk_programmes_${column.replace('_id', '')}`,
              columnNames: [column],
              referencedTableName: 'programmes',
              referencedColumnNames: ['id'],
              onDelete: 'SET NULL',
            }),
        ),
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'programme_countries',
        columns: [
          { ...programmeId, isPrimary: true },
          { name: 'country_code', type: 'varchar', length: '2', isPrimary: true },
          { name: 'position', type: 'int' },
        ],
        indices: [new TableIndex({ name: 'idx_programme_countries_country', columnNames: ['country_code', 'programme_id'] })],
        foreignKeys: [programmeForeignKey('programme_countries', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'programme_participants',
        columns: [
          { ...programmeId, isPrimary: true },
          { name: 'organisation_id', ...types.id, isPrimary: true },
          { name: 'role', type: 'varchar', length: '20', isPrimary: true },
          { name: 'note', ...types.text, isNullable: true },
          { name: 'position', type: 'int' },
        ],
        indices: [new TableIndex({ name: 'idx_programme_participants_organisation', columnNames: ['organisation_id', 'role'] })],
        foreignKeys: [programmeForeignKey('programme_participants', 'CASCADE')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'contributions',
        columns: [
          { name: 'id', ...types.id, isPrimary: true },
          programmeId,
          { name: 'donor_id', ...types.id },
          { name: 'amount_minor', type: 'bigint', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'contributed_on', ...types.binaryText(10), isNullable: true },
          { name: 'sort_date', ...types.binaryText(10) },
          { name: 'source', type: 'varchar', length: '500', isNullable: true },
          { name: 'excerpt', ...types.text, isNullable: true },
          { ...created, name: 'recorded_at' },
        ],
        indices: [
          new TableIndex({ name: 'idx_contributions_programme', columnNames: ['programme_id', 'sort_date', 'id'] }),
          new TableIndex({ name: 'idx_contributions_donor', columnNames: ['donor_id', 'sort_date', 'id'] }),
          new TableIndex({ name: 'idx_contributions_sort', columnNames: ['sort_date', 'id'] }),
        ],
        checks: [
          new TableCheck({ name: 'chk_contributions_amount_positive', expression: 'amount_minor > 0' }),
          new TableCheck({
            name: 'chk_contributions_amount_currency',
            expression: '(amount_minor IS NULL AND currency IS NULL) OR (amount_minor IS NOT NULL AND currency IS NOT NULL)',
          }),
        ],
        foreignKeys: [programmeForeignKey('contributions', 'RESTRICT')],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'reported_funding',
        columns: [
          { name: 'id', ...types.id, isPrimary: true },
          programmeId,
          { name: 'amount_minor', type: 'bigint' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'as_of', ...types.binaryText(10) },
          { name: 'as_of_stated', type: 'boolean' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'donor_ids', ...types.text },
          { name: 'source', type: 'varchar', length: '500', isNullable: true },
          { name: 'excerpt', ...types.text, isNullable: true },
          { ...created, name: 'recorded_at' },
        ],
        indices: [new TableIndex({ name: 'idx_reported_funding_programme', columnNames: ['programme_id', 'as_of'] })],
        checks: [new TableCheck({ name: 'chk_reported_funding_amount', expression: 'amount_minor > 0' })],
        foreignKeys: [programmeForeignKey('reported_funding', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['reported_funding', 'contributions', 'programme_participants', 'programme_countries', 'programmes']) {
      await queryRunner.dropTable(table);
    }
  }
}
