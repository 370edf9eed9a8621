import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/**
 * One row per owner of saved searches, counting them: saving one increments it under the
 * row's lock, so concurrent saves by one owner wait for each other and the cap holds
 * under any interleaving (counting the searches themselves did not: 60 saves at once kept 55).
 */
export class SavedSearchOwners1764500000000 implements MigrationInterface {
  name = 'SavedSearchOwners1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'saved_search_owners',
        columns: [
          { name: 'owner_subject', ...types.binaryText(200), isPrimary: true },
          { name: 'saved_searches', type: 'int', default: 0 },
        ],
      }),
    );
    await queryRunner.query(
      'INSERT INTO saved_search_owners (owner_subject, saved_searches) SELECT owner_subject, COUNT(*) FROM saved_searches GROUP BY owner_subject',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('saved_search_owners');
  }
}
