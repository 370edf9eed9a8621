import { isMysql } from '@passerelle/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CHECK constraints CreateProgrammes declares, added on MySQL/MariaDB, where TypeORM's
 * createTable silently leaves them out ("MySql does not support check constraints"; MariaDB
 * 10.2+ and MySQL 8.0.16+ do enforce them). SQLite has had them since that first migration.
 * Adding a check verifies the rows already stored: a violating row stops this migration.
 */
const CHECKS: [table: string, name: string, expression: string][] = [
  ['contributions', 'chk_contributions_amount_positive', 'amount_minor > 0'],
  [
    'contributions',
    'chk_contributions_amount_currency',
    '(amount_minor IS NULL AND currency IS NULL) OR (amount_minor IS NOT NULL AND currency IS NOT NULL)',
  ],
  ['reported_funding', 'chk_reported_funding_amount', 'amount_minor > 0'],
];

export class CheckAmountsOnMysql1764000000003 implements MigrationInterface {
  name = 'CheckAmountsOnMysql1764000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isMysql(queryRunner)) return;
    for (const [table, name, expression] of CHECKS) {
      await queryRunner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${expression})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isMysql(queryRunner)) return;
    for (const [table, name] of [...CHECKS].reverse()) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
    }
  }
}
