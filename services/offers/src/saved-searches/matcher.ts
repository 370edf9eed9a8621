import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Counter, type Registry } from 'prom-client';
import { inTransaction } from '@passerelle/db';
import type { Logger } from '@passerelle/observability';
import { shortTypeOf, type CloudEvent, type EventSink } from '@passerelle/outbox';
import { Offer } from '../offers/offer.entity';
import { applyScope } from '../offers/offer-conditions';
import type { OfferCriteria } from '../offers/offer-filter';
import { misspellingsOf } from '../offers/term-vocabulary';
import { criteriaOfStored } from './saved-search-input';
import { SavedSearch } from './saved-search.entity';
import { MatchedEvent, WebhookDelivery } from './webhook-delivery.entity';

/**
 * The ids among `offerIds` that `offers(filter:)` would list at `now`, as an anonymous reader
 * sees them: the very conditions `offers` applies (applyScope), narrowed to those ids. There
 * is no second implementation of the filter to drift from the first.
 */
export async function matchingOfferIds(
  manager: EntityManager,
  criteria: OfferCriteria,
  offerIds: string[],
  now: Date,
): Promise<Set<string>> {
  const misspellings = await misspellingsOf(manager.connection, criteria.searchWords);
  const query = applyScope(manager.getRepository(Offer).createQueryBuilder('o'), {
    criteria: { ...criteria, misspellings },
    now,
    drafts: [],
  })
    .andWhere('o.id IN (:...matchedOfferIds)', { matchedOfferIds: offerIds })
    .select('o.id', 'id');
  return new Set((await query.getRawMany<{ id: string }>()).map((row) => row.id));
}

/**
 * Turns offer events into webhook deliveries: for each saved search with a webhook whose
 * filter matches the offer as it stands when the event is handled, one delivery, due at once.
 * Idempotent: an event handled before (redelivered by the broker, or relayed again after a
 * crash) is dropped by its id, and a delivery is unique per (saved search, event). Matching,
 * deliveries and the event's idempotency key are written in one transaction.
 */
export class SavedSearchMatcher implements EventSink {
  private readonly duplicates: Counter;
  private readonly deliveriesMade: Counter;

  constructor(
    private readonly dataSource: DataSource,
    registry: Registry,
    private readonly logger: Logger,
  ) {
    this.duplicates = new Counter({
      name: 'passerelle_matcher_duplicate_events_total',
      help: 'Offer events the matcher had handled already (redelivered), dropped by their id',
      registers: [registry],
    });
    this.deliveriesMade = new Counter({
      name: 'passerelle_matcher_deliveries_total',
      help: 'Webhook deliveries made by matching offer events against saved searches',
      registers: [registry],
    });
  }

  /** The in-process sink of the outbox relay when there is no broker. */
  deliver(events: CloudEvent[]): Promise<{ duplicates: number }> {
    return this.handle(events);
  }

  async handle(events: CloudEvent[]): Promise<{ duplicates: number }> {
    const offerEvents = events.filter((event) => shortTypeOf(event).startsWith('offer.'));
    if (!offerEvents.length) return { duplicates: 0 };
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const ids = [...new Set(offerEvents.map((event) => event.id))];
      const seen = new Set((await manager.findBy(MatchedEvent, { eventId: In(ids) })).map((row) => row.eventId));
      const fresh = [...new Map(offerEvents.filter((event) => !seen.has(event.id)).map((event) => [event.id, event])).values()];
      const deliveries = fresh.length ? await this.deliveriesFor(manager, fresh) : [];
      if (deliveries.length) await manager.createQueryBuilder().insert().into(WebhookDelivery).values(deliveries).orIgnore().execute();
      if (fresh.length) {
        const made = (event: CloudEvent) => deliveries.filter((delivery) => delivery.eventId === event.id).length;
        await manager.insert(
          MatchedEvent,
          fresh.map((event) => ({ eventId: event.id, deliveries: made(event), matchedAt: new Date() })),
        );
      }
      return { duplicates: offerEvents.length - fresh.length, deliveries: deliveries.length };
    });
    this.duplicates.inc(outcome.duplicates);
    this.deliveriesMade.inc(outcome.deliveries);
    return { duplicates: outcome.duplicates };
  }

  private async deliveriesFor(manager: EntityManager, events: CloudEvent[]): Promise<WebhookDelivery[]> {
    const searches = (await manager.find(SavedSearch)).filter((search) => search.webhookUrl);
    const offerIds = [...new Set(events.map((event) => event.subject))];
    const now = new Date();
    const deliveries: WebhookDelivery[] = [];
    for (const search of searches) {
      let criteria: OfferCriteria;
      try {
        criteria = criteriaOfStored(search.filter);
      } catch (error) {
        this.logger.warn({ err: error, savedSearch: search.id }, 'a saved filter no longer passes the checks; skipped');
        continue;
      }
      const matching = await matchingOfferIds(manager, criteria, offerIds, now);
      for (const event of events.filter((candidate) => matching.has(candidate.subject))) deliveries.push(deliveryOf(search, event, now));
    }
    return deliveries;
  }
}

function deliveryOf(search: SavedSearch, event: CloudEvent, now: Date): WebhookDelivery {
  const id = randomUUID();
  return {
    id,
    savedSearchId: search.id,
    eventId: event.id,
    eventType: shortTypeOf(event),
    offerId: event.subject,
    offerVersion: event.entityversion,
    body: JSON.stringify({ id, savedSearch: { id: search.id, name: search.name }, event }),
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: now,
    lastAttemptAt: null,
    lastResponseStatus: null,
    lastError: null,
    deliveredAt: null,
    createdAt: now,
  };
}
