import { Table, TableForeignKey, TableIndex, TableUnique, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnTypes } from '@passerelle/db';

/**
 * Saved searches, their webhook deliveries (one per saved search and event: the unique key
 * that makes a redelivered event deliver nothing twice), and the events the matcher has
 * handled (its idempotency keys).
 */
export class SavedSearches1764400000001 implements MigrationInterface {
  name = 'SavedSearches1764400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = columnTypes(queryRunner);
    const key = (name: string, length = 64) => ({ name, ...types.binaryText(length) });
    const instant = (name: string) => ({ name, ...types.timestamp, isNullable: true });
    await queryRunner.createTable(
      new Table({
        name: 'saved_searches',
        columns: [
          { ...key('id'), isPrimary: true },
          key('owner_subject', 200),
          { name: 'name', type: 'varchar', length: '200', isNullable: true },
          { name: 'filter', ...types.text },
          { name: 'webhook_url', type: 'varchar', length: '500', isNullable: true },
          { name: 'webhook_secret', type: 'varchar', length: '100', isNullable: true },
          { name: 'created_at', ...types.timestamp, default: types.now },
        ],
        indices: [new TableIndex({ name: 'idx_saved_searches_owner', columnNames: ['owner_subject', 'created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          { ...key('id'), isPrimary: true },
          key('saved_search_id'),
          key('event_id'),
          { name: 'event_type', type: 'varchar', length: '100' },
          key('offer_id'),
          { name: 'offer_version', type: 'int' },
          { name: 'body', ...types.longText },
          key('status', 10),
          { name: 'attempts', type: 'int', default: 0 },
          instant('next_attempt_at'),
          instant('last_attempt_at'),
          { name: 'last_response_status', type: 'int', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          instant('delivered_at'),
          { name: 'created_at', ...types.timestamp, default: types.now },
        ],
        uniques: [new TableUnique({ name: 'uq_webhook_deliveries_event', columnNames: ['saved_search_id', 'event_id'] })],
        indices: [
          // the dispatcher's question: what is due now
          new TableIndex({ name: 'idx_webhook_deliveries_due', columnNames: ['status', 'next_attempt_at'] }),
          new TableIndex({ name: 'idx_webhook_deliveries_listing', columnNames: ['saved_search_id', 'created_at', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_webhook_deliveries_search',
            columnNames: ['saved_search_id'],
            referencedTableName: 'saved_searches',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'matched_events',
        columns: [
          { ...key('event_id'), isPrimary: true },
          { name: 'deliveries', type: 'int' },
          { name: 'matched_at', ...types.timestamp, default: types.now },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('matched_events');
    await queryRunner.dropTable('webhook_deliveries');
    await queryRunner.dropTable('saved_searches');
  }
}
