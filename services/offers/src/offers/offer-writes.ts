import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { updateIfVersion, inTransaction } from '@passerelle/db';
import { assertUpdated } from '@passerelle/subgraph-kit';
import { eventOfUpdate, recordOfferEvent } from '../change-feed/offer-events';
import { Offer } from './offer.entity';
import type { CreateOfferInput, UpdateOfferInput } from './offer-input';
import { changedColumns, newOfferColumns, newOfferLists, type RecordedPosting } from './offer-columns';
import { placesOf, writeLists, writeTerms } from './offer-child-writes';

/**
 * Writes to offers, each in one transaction with its lists, search terms and event (the
 * change feed's outbox): all of it is saved, or none, and search finds a written offer as
 * soon as the write returns.
 * Authorisation is the caller's (resolvers/mutation.ts).
 */
export class OfferWrites {
  constructor(private readonly dataSource: DataSource) {}

  create(input: CreateOfferInput, now = new Date()): Promise<Offer> {
    return inTransaction(this.dataSource, (manager) => insertOffer(manager, input, now));
  }

  /** Changes `current` provided it is still at `expectedVersion`: otherwise CONFLICT, and nothing changes. */
  update(current: Offer, input: UpdateOfferInput, expectedVersion: number, now = new Date()): Promise<Offer> {
    return inTransaction(this.dataSource, (manager) => updateOffer(manager, current, input, expectedVersion, now));
  }

  /**
   * Closes a published offer (open, or already past its deadline) as it stands at `current.version`.
   * Null when the offer changed meanwhile: the caller reads it again and decides anew.
   */
  close(current: Offer, now = new Date()): Promise<Offer | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const changes = { state: 'CLOSED' as const, closedAt: now, unannouncedDeadline: null };
      const outcome = await updateIfVersion(manager, Offer, current.id, current.version, changes);
      if (outcome !== 'updated') return null;
      const closed = await manager.findOneByOrFail(Offer, { id: current.id });
      await recordOfferEvent(manager, 'offer.closed', closed, { at: now, reason: 'explicit' });
      return closed;
    });
  }
}

/**
 * A new offer with its lists and search terms, within the caller's transaction: createOffer's
 * write, and the seed's (a `recorded` posting, which the change feed is not told of: nobody
 * published it here).
 */
export async function insertOffer(manager: EntityManager, input: CreateOfferInput, now: Date, recorded?: RecordedPosting): Promise<Offer> {
  const columns = newOfferColumns(input, now, recorded);
  const id = recorded?.id ?? randomUUID();
  await manager.insert(Offer, { id, ...columns });
  await writeLists(manager, id, newOfferLists(input), false);
  await writeTerms(manager, { id, ...columns }, false);
  const created = await manager.findOneByOrFail(Offer, { id });
  if (created.state === 'PUBLISHED' && !recorded) await recordOfferEvent(manager, 'offer.published', created, { at: now });
  return created;
}

/**
 * Changes `current` (lists given replaced whole, version +1, its event) provided it is still at
 * `expectedVersion`, within the caller's transaction: updateOffer's write, and an import's.
 */
export async function updateOffer(
  manager: EntityManager,
  current: Offer,
  input: UpdateOfferInput,
  expectedVersion: number,
  now: Date,
): Promise<Offer> {
  const { id } = current;
  const changes = changedColumns(current, input, now);
  // First, so that the row is ours (locked, at the expected version) before any child row is touched.
  assertUpdated(await updateIfVersion(manager, Offer, id, expectedVersion, changes), 'Offer', id, expectedVersion);
  const updated = await manager.findOneByOrFail(Offer, { id });
  const { dutyStations, countryCodes, languages, themes, programmeIds } = input;
  if (dutyStations || countryCodes) {
    const places = await placesOf(manager, id);
    const replaced = { dutyStations: dutyStations ?? places.dutyStations, countryCodes: countryCodes ?? places.countryCodes };
    await writeLists(manager, id, { places: replaced }, true);
  }
  await writeLists(manager, id, { languages, themes, programmeIds }, true);
  if (changes.title !== undefined || changes.description !== undefined) await writeTerms(manager, updated, true);
  const event = eventOfUpdate(current.state, updated.state);
  if (event) await recordOfferEvent(manager, event, updated, { at: now });
  return updated;
}
