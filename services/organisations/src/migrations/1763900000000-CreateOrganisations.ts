import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

export class CreateOrganisations1763900000000 implements MigrationInterface {
  name = 'CreateOrganisations1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'organisations',
        columns: [
          { name: 'id', ...types.id, isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'acronym', type: 'varchar', length: '40', isNullable: true },
          { name: 'aliases', ...types.text },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'parent_id', ...types.id, isNullable: true },
          { name: 'country_code', type: 'varchar', length: '2', isNullable: true },
          { name: 'website', type: 'varchar', length: '300', isNullable: true },
          { name: 'description', ...types.text, isNullable: true },
          { name: 'search_text', ...types.text },
          { name: 'sort_name', ...types.binaryText(200) },
          { name: 'version', type: 'int' },
          { name: 'created_at', ...types.timestamp, default: types.now },
          { name: 'updated_at', ...types.timestamp, default: types.now },
        ],
      }),
    );
    await queryRunner.createIndices('organisations', [
      new TableIndex({ name: 'idx_organisations_sort', columnNames: ['sort_name', 'id'] }),
      new TableIndex({ name: 'idx_organisations_parent', columnNames: ['parent_id', 'sort_name'] }),
      new TableIndex({ name: 'idx_organisations_kind', columnNames: ['kind', 'sort_name'] }),
    ]);
    await queryRunner.createForeignKey(
      'organisations',
      new TableForeignKey({
        name: 'fk_organisations_parent',
        columnNames: ['parent_id'],
        referencedTableName: 'organisations',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organisations');
  }
}
