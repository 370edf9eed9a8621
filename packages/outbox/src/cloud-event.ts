import { randomUUID } from 'node:crypto';

/**
 * A change, as CloudEvents 1.0 structured JSON (https://cloudevents.io): what happened
 * (`type`), to which entity (`subject`, its id), when, and the entity's version after it.
 */
export interface CloudEvent<Data = Record<string, unknown>> {
  specversion: '1.0';
  /** Unique per event: the idempotency key of every consumer, and JetStream's message id. */
  id: string;
  /** The service that owns the entity, e.g. `/passerelle/offers`. */
  source: string;
  /** e.g. `passerelle.offer.published`. */
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** The entity's version once changed (an extension attribute): consumers order by it and drop older ones. */
  entityversion: number;
  data: Data;
}

/** Event types are named `<entity>.<what happened>`, e.g. `offer.published`; CloudEvents get them prefixed. */
export const EVENT_TYPE_PREFIX = 'passerelle.';

export interface NewEvent<Data> {
  service: string;
  /** `<entity>.<what happened>`. */
  type: string;
  subject: string;
  version: number;
  /** When it happened; now when left out. */
  time?: Date;
  data: Data;
}

export function cloudEvent<Data>(event: NewEvent<Data>): CloudEvent<Data> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: `/passerelle/${event.service}`,
    type: `${EVENT_TYPE_PREFIX}${event.type}`,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    entityversion: event.version,
    data: event.data,
  };
}

/** `offer.published` from `passerelle.offer.published`. */
export function shortTypeOf(event: Pick<CloudEvent, 'type'>): string {
  return event.type.startsWith(EVENT_TYPE_PREFIX) ? event.type.slice(EVENT_TYPE_PREFIX.length) : event.type;
}
