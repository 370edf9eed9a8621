import type { EntityManager } from 'typeorm';
import { cloudEvent, type CloudEvent, type NewEvent } from './cloud-event';
import { OutboxEvent } from './outbox-event.entity';

/** Adds an event to the outbox within the caller's transaction: it is published only if the transaction commits. */
export async function recordEvent<Data>(manager: EntityManager, event: NewEvent<Data>): Promise<CloudEvent<Data>> {
  const envelope = cloudEvent(event);
  await manager.insert(OutboxEvent, {
    eventId: envelope.id,
    type: event.type,
    subject: event.subject,
    entityVersion: event.version,
    envelope: JSON.stringify(envelope),
    publishedAt: null,
  });
  return envelope;
}
