import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SourceSystem } from '@passerelle/subgraph-kit';

/**
 * A record in another system that an offer was imported from: one offer per record (the
 * key), and an offer may have several (the same posting on ReliefWeb and on its own page).
 * A table of its own, read on demand as the description is: lists never carry it.
 */
@Entity('offer_sources')
export class OfferSource {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  system!: SourceSystem;

  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 300 })
  sourceId!: string;

  @Column({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  /** The record's version as last imported: its own (an instant) or a hash of its content. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  version!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  /** When this record was last applied to the offer (created it, matched it or brought a new version). */
  @Column({ name: 'recorded_at', type: 'datetime' })
  recordedAt!: Date;
}
