import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('saved_searches')
export class SavedSearch {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** The token subject (`sub`) of whoever saved it: only they see it. */
  @Column({ name: 'owner_subject', type: 'varchar', length: 200 })
  ownerSubject!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  name!: string | null;

  /** The OfferFilter as the client gave it, as JSON (instants as ISO strings): checked again each time it is used. */
  @Column({ type: 'text' })
  filter!: string;

  @Column({ name: 'webhook_url', type: 'varchar', length: 500, nullable: true })
  webhookUrl!: string | null;

  /** The HMAC key of the webhook's signatures: it must sign, so it is kept as given (docs/decisions.md). */
  @Column({ name: 'webhook_secret', type: 'varchar', length: 100, nullable: true })
  webhookSecret!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
