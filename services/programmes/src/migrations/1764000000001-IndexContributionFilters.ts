import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Indexes for the contribution filters and the funding breakdowns that have none yet: status, currency, date. */
export class IndexContributionFilters1764000000001 implements MigrationInterface {
  name = 'IndexContributionFilters1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndices('contributions', [
      new TableIndex({ name: 'idx_contributions_status', columnNames: ['status', 'sort_date', 'id'] }),
      new TableIndex({ name: 'idx_contributions_currency', columnNames: ['currency'] }),
      new TableIndex({ name: 'idx_contributions_date', columnNames: ['contributed_on'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['idx_contributions_date', 'idx_contributions_currency', 'idx_contributions_status']) {
      await queryRunner.dropIndex('contributions', name);
    }
  }
}
