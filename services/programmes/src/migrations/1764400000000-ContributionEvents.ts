import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTable, dropOutboxTable } from '@passerelle/outbox';

/** The outbox of contribution events (recorded, updated), written with each contribution write. */
export class ContributionEvents1764400000000 implements MigrationInterface {
  name = 'ContributionEvents1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createOutboxTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropOutboxTable(queryRunner);
  }
}
