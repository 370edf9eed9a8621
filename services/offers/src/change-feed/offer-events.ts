import type { EntityManager } from 'typeorm';
import { recordEvent } from '@passerelle/outbox';
import type { Offer, OfferState } from '../offers/offer.entity';
import type { OfferStatus } from '../offers/offer-filter';
import { statusAt } from '../offers/offer-status';

/*
 * The offers' events, each written in the transaction of the change it tells (offer-writes.ts,
 * deadline-closings.ts), after the offer's row is locked by that change, so that one offer's
 * events are numbered in the order they happened. Drafts are nobody's news: no event.
 */

export type OfferEventType = 'offer.published' | 'offer.updated' | 'offer.closed';

/** What an event says of the offer, as it was once changed: enough to show it; the graph has the rest. */
export interface OfferEventData {
  id: string;
  title: string;
  status: OfferStatus;
  organisationId: string;
  organisationName: string;
  contractType: string;
  postedAt: string | null;
  deadline: string | null;
  deadlineTimeZone: string | null;
  closedAt: string | null;
  applyUrl: string | null;
  sourceUrl: string | null;
  /** For `offer.closed`: closed by someone (`explicit`) or by its deadline passing (`deadline`). */
  reason?: 'explicit' | 'deadline';
}

/** The event of an update that took an offer from one state to another: publishing, reopening, a change, or none for a draft. */
export function eventOfUpdate(before: OfferState, after: OfferState): OfferEventType | null {
  if (after === 'DRAFT') return null;
  return before === after ? 'offer.updated' : 'offer.published';
}

export function recordOfferEvent(
  manager: EntityManager,
  type: OfferEventType,
  offer: Offer,
  happened: { at: Date; reason?: OfferEventData['reason'] },
) {
  const iso = (instant: Date | null) => instant?.toISOString() ?? null;
  const data: OfferEventData = {
    id: offer.id,
    title: offer.title,
    status: type === 'offer.closed' ? 'CLOSED' : statusAt(offer, happened.at),
    organisationId: offer.organisationId,
    organisationName: offer.organisationName,
    contractType: offer.contractType,
    postedAt: iso(offer.postedAt),
    deadline: iso(offer.deadline),
    deadlineTimeZone: offer.deadlineTimeZone,
    closedAt: iso(offer.closedAt ?? (happened.reason === 'deadline' ? offer.deadline : null)),
    applyUrl: offer.applyUrl,
    sourceUrl: offer.sourceUrl,
    ...(happened.reason ? { reason: happened.reason } : {}),
  };
  return recordEvent(manager, { service: 'offers', type, subject: offer.id, version: offer.version, time: happened.at, data });
}
