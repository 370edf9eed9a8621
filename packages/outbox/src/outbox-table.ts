import { Table, TableIndex, type QueryRunner } from 'typeorm';
import { columnTypes, isMysql } from '@passerelle/db';

/** The outbox table (see OutboxEvent), for each owning service's own migration. */
export async function createOutboxTable(queryRunner: QueryRunner): Promise<void> {
  const types = columnTypes(queryRunner);
  await queryRunner.createTable(
    new Table({
      name: 'outbox_events',
      columns: [
        // SQLite numbers rows only through an INTEGER PRIMARY KEY (64-bit there)
        {
          name: 'id',
          type: isMysql(queryRunner) ? 'bigint' : 'integer',
          isPrimary: true,
          isGenerated: true,
          generationStrategy: 'increment',
        },
        { name: 'event_id', ...types.binaryText(64), isUnique: true },
        { name: 'type', type: 'varchar', length: '100' },
        { name: 'subject', ...types.binaryText(64) },
        { name: 'entity_version', type: 'int' },
        { name: 'envelope', ...types.longText },
        { name: 'published_at', ...types.timestamp, isNullable: true },
      ],
      // the relay's question: the oldest rows not yet published
      indices: [new TableIndex({ name: 'idx_outbox_events_unpublished', columnNames: ['published_at', 'id'] })],
    }),
  );
}

export async function dropOutboxTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.dropTable('outbox_events');
}
