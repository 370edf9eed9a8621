import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One event of the service's transactional outbox: written in the transaction of the change
 * it describes, so that an event exists exactly when its change was committed. The relay
 * publishes rows in id order and stamps `publishedAt`; a row left unstamped by a crash is
 * published again (at least once).
 */
@Entity('outbox_events')
export class OutboxEvent {
  /** The publishing order. Each write locks its entity's row before adding an event, so one entity's events are numbered in commit order. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string | number;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'varchar', length: 64 })
  subject!: string;

  @Column({ name: 'entity_version', type: 'int' })
  entityVersion!: number;

  /** The whole CloudEvent as JSON, as it is published. */
  @Column({ type: 'text' })
  envelope!: string;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt!: Date | null;
}
