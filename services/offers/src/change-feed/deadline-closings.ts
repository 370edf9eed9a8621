import type { DataSource } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import type { Worker } from '@passerelle/outbox';
import { Offer } from '../offers/offer.entity';
import { recordOfferEvent } from './offer-events';

/** Offers announced per round, each in a transaction of its own. */
const BATCH_SIZE = 100;

/**
 * An offer's status follows its deadline, so nothing is written when the deadline passes:
 * this scan finds the published offers whose deadline has passed unannounced, and writes
 * their `offer.closed` event (reason `deadline`, at the deadline). Each offer is claimed by a
 * conditional update that clears its `unannounced_deadline` in the event's own transaction:
 * two scans (two replicas, a retry after a crash) cannot both announce it.
 */
export function deadlineClosings(dataSource: DataSource, idleMs: number): Worker {
  return {
    name: 'deadline closings',
    idleMs,
    async tick() {
      const now = new Date();
      const due = await inTransaction(dataSource, (manager) =>
        manager
          .getRepository(Offer)
          .createQueryBuilder('o')
          .select('o.id')
          .where('o.unannounced_deadline <= :now', { now })
          .orderBy('o.unannounced_deadline')
          .limit(BATCH_SIZE)
          .getMany(),
      );
      for (const { id } of due) await announce(dataSource, id, now);
      return due.length === BATCH_SIZE;
    },
  };
}

async function announce(dataSource: DataSource, id: string, now: Date): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    const claimed = await manager
      .createQueryBuilder()
      .update(Offer)
      // not a change of the offer: its version and updatedAt stay
      .set({ unannouncedDeadline: null, version: () => 'version', updatedAt: () => 'updated_at' })
      .where("id = :id AND state = 'PUBLISHED' AND unannounced_deadline <= :now", { id, now })
      .execute();
    if (claimed.affected !== 1) return;
    const offer = await manager.findOneByOrFail(Offer, { id });
    await recordOfferEvent(manager, 'offer.closed', offer, { at: offer.deadline ?? now, reason: 'deadline' });
  });
}
