import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';
import { createOutboxTable, dropOutboxTable } from '@passerelle/outbox';

/**
 * The offers' change feed: the outbox of offer events, and `unannounced_deadline`, the
 * deadline of a published offer whose passing no event has told yet. The deadline scan reads
 * it through its own index (only offers still to announce are in that range, never the
 * archive) and clears it in the transaction that writes the `offer.closed` event. Offers open
 * now are due to be announced; those past their deadline closed before there was a feed.
 * A plain ALTER TABLE: TypeORM's addColumn rebuilds a SQLite table, and rebuilding offers
 * would cascade to its child rows.
 */
export class OfferEvents1764400000000 implements MigrationInterface {
  name = 'OfferEvents1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    await createOutboxTable(queryRunner);
    const type = types.timestamp.type + ('precision' in types.timestamp ? `(${types.timestamp.precision})` : '');
    await queryRunner.query(`ALTER TABLE offers ADD COLUMN unannounced_deadline ${type} NULL`);
    await queryRunner.query("UPDATE offers SET unannounced_deadline = deadline WHERE state = 'PUBLISHED' AND deadline > CURRENT_TIMESTAMP");
    await queryRunner.createIndex(
      'offers',
      new TableIndex({ name: 'idx_offers_unannounced_deadline', columnNames: ['unannounced_deadline'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('offers', 'idx_offers_unannounced_deadline');
    await queryRunner.query('ALTER TABLE offers DROP COLUMN unannounced_deadline');
    await dropOutboxTable(queryRunner);
  }
}
