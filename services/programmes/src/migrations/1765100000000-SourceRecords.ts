import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isMysql } from '@passerelle/db';

/**
 * Programmes and contributions remember the record in another system they were imported from
 * (an IATI activity, one of its transactions), one row per source record: an import matches
 * on (system, id). Rows entered by hand or by the seed have none (NULLs, which both databases
 * let a unique index hold many times). Plain ALTER TABLEs, as VersionContributions explains.
 */
const TABLES = ['programmes', 'contributions'] as const;
const COLUMNS: [name: string, type: string][] = [
  ['source_system', 'varchar(12)'],
  ['source_id', 'varchar(300)'],
  ['source_version', 'varchar(100)'],
  ['source_url', 'varchar(500)'],
];

export class SourceRecords1765100000000 implements MigrationInterface {
  name = 'SourceRecords1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const [column, type] of COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN ${column} ${type} NULL`);
      await queryRunner.query(`CREATE UNIQUE INDEX uq_${table}_source ON ${table} (source_system, source_id)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP INDEX uq_${table}_source${isMysql(queryRunner) ? ` ON ${table}` : ''}`);
      for (const [column] of [...COLUMNS].reverse()) await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
  }
}
