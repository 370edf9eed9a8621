import type { Offer } from './offer.entity';
import type { OfferStatus } from './offer-filter';

/** The status a client sees at `now`; STATUS_CONDITIONS (offer-conditions.ts) is the same rule in SQL. */
export function statusAt(offer: Pick<Offer, 'state' | 'deadline'>, now: Date): OfferStatus {
  if (offer.state === 'DRAFT') return 'DRAFT';
  if (offer.state === 'CLOSED') return 'CLOSED';
  return offer.deadline && offer.deadline.getTime() <= now.getTime() ? 'CLOSED' : 'OPEN';
}
