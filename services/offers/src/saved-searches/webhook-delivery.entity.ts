import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event for one saved search's webhook: unique per (saved search, event), with its attempts. */
@Entity('webhook_deliveries')
export class WebhookDelivery {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'saved_search_id', type: 'varchar', length: 64 })
  savedSearchId!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 100 })
  eventType!: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @Column({ name: 'offer_version', type: 'int' })
  offerVersion!: number;

  /** The JSON POSTed, the same on every attempt (only the signature's time changes). */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: DeliveryStatus;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_attempt_at', type: 'datetime', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'last_response_status', type: 'int', nullable: true })
  lastResponseStatus!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** An event the matcher has handled: seen again (a redelivery), it is dropped. */
@Entity('matched_events')
export class MatchedEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  /** How many deliveries it made. */
  @Column({ type: 'int' })
  deliveries!: number;

  @CreateDateColumn({ name: 'matched_at' })
  matchedAt!: Date;
}
