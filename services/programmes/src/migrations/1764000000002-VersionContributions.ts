import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contributions get a version, for updates that name the version they change.
 * Rows recorded before this migration start at 1. A plain ALTER TABLE on both dialects:
 * TypeORM's addColumn would rebuild the SQLite table, which needlessly copies every row.
 */
export class VersionContributions1764000000002 implements MigrationInterface {
  name = 'VersionContributions1764000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE contributions ADD COLUMN version int NOT NULL DEFAULT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE contributions DROP COLUMN version');
  }
}
