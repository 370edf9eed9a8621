import { In, type DataSource } from 'typeorm';
import { Counter, type Registry } from 'prom-client';
import { inTransaction } from '@passerelle/db';
import type { Worker } from '@passerelle/outbox';
import { SavedSearch } from './saved-search.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { postWebhook, type PostOutcome } from './webhook-post';
import { signatureHeader } from './webhook-signature';

export interface DispatchSettings {
  maxAttempts: number;
  /** The pause after the first failure; it doubles after each one. */
  retryBaseMs: number;
  timeoutMs: number;
  production: boolean;
  idleMs: number;
}

/** Deliveries attempted at once in a round. */
const BATCH_SIZE = 20;

/**
 * Sends the deliveries that are due: each attempt POSTs the delivery's body, signed at that
 * moment. A failure is tried again after retryBaseMs × 2^(attempt − 1); after maxAttempts the
 * delivery is DEAD, kept as a record. Sending is at least once: a crash between a receiver's
 * answer and its record sends it again, with the same Passerelle-Delivery id.
 */
export function webhookDispatcher(dataSource: DataSource, settings: DispatchSettings, registry: Registry): Worker {
  const attempts = new Counter({
    name: 'passerelle_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome: delivered, failed (to be tried again) or dead (the last attempt failed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  /** One attempt: what the delivery's row becomes. */
  const attempt = async (delivery: WebhookDelivery, search: SavedSearch): Promise<[string, Partial<WebhookDelivery>]> => {
    const at = new Date();
    const outcome = await postWebhook(
      search.webhookUrl!,
      delivery.body,
      {
        'passerelle-delivery': delivery.id,
        'passerelle-event': delivery.eventType,
        'passerelle-signature': signatureHeader(search.webhookSecret!, delivery.body, at),
      },
      settings,
    );
    return [delivery.id, afterAttempt(delivery.attempts + 1, outcome, at, settings)];
  };
  return {
    name: 'webhook dispatcher',
    idleMs: settings.idleMs,
    async tick() {
      const due = await inTransaction(dataSource, async (manager) => {
        const deliveries = await manager
          .getRepository(WebhookDelivery)
          .createQueryBuilder('d')
          .where("d.status = 'PENDING' AND d.next_attempt_at <= :now", { now: new Date() })
          .orderBy('d.next_attempt_at')
          .limit(BATCH_SIZE)
          .getMany();
        const ids = [...new Set(deliveries.map((delivery) => delivery.savedSearchId))];
        const searches = new Map(
          (ids.length ? await manager.findBy(SavedSearch, { id: In(ids) }) : []).map((search) => [search.id, search]),
        );
        return deliveries.map((delivery) => ({ delivery, search: searches.get(delivery.savedSearchId) }));
      });
      // a search deleted meanwhile took its deliveries with it
      const outcomes = await Promise.all(
        due.filter((entry) => entry.search?.webhookUrl).map((entry) => attempt(entry.delivery, entry.search!)),
      );
      // one transaction for the round: on SQLite each commit is a disk sync
      await inTransaction(dataSource, async (manager) => {
        for (const [id, changes] of outcomes) await manager.update(WebhookDelivery, { id }, changes);
      });
      for (const [, changes] of outcomes)
        attempts.inc({ outcome: changes.status === 'DELIVERED' ? 'delivered' : changes.status === 'DEAD' ? 'dead' : 'failed' });
      return due.length === BATCH_SIZE;
    },
  };
}

function afterAttempt(attempt: number, outcome: PostOutcome, at: Date, settings: DispatchSettings): Partial<WebhookDelivery> {
  const recorded = { attempts: attempt, lastAttemptAt: at, lastResponseStatus: outcome.status };
  if (outcome.ok) return { ...recorded, status: 'DELIVERED', deliveredAt: at, nextAttemptAt: null, lastError: null };
  if (attempt >= settings.maxAttempts) return { ...recorded, status: 'DEAD', nextAttemptAt: null, lastError: outcome.error };
  const pause = settings.retryBaseMs * 2 ** (attempt - 1);
  return { ...recorded, status: 'PENDING', nextAttemptAt: new Date(at.getTime() + pause), lastError: outcome.error };
}
