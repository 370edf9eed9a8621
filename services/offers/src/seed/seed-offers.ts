import { inTransaction } from '@passerelle/db';
import { parseInput } from '@passerelle/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { endOfDay } from '../offers/deadline';
import { Offer, type DescriptionSection } from '../offers/offer.entity';
import { createOfferInput } from '../offers/offer-input';
import { insertOffer } from '../offers/offer-writes';
import { SEED_OFFERS, type SeedOffer } from './seed-data';
import { readDescriptionSections } from './seed-texts';

/**
 * Inserts the seed offers that are missing, with their lists and search terms, in one
 * transaction, through the write createOffer makes. Offers that exist are left as they are,
 * so running it twice changes nothing and edits survive a restart.
 */
export async function seedOffers(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const existing = new Set((await manager.getRepository(Offer).find({ select: { id: true } })).map((row) => row.id));
    const missing = SEED_OFFERS.filter((seed) => !existing.has(seed.id));
    for (const seed of missing) await insertSeedOffer(manager, seed, readDescriptionSections(seed.id));
    return missing.length;
  });
}

/**
 * Records one posting as published, checked as createOffer checks its input: its deadline
 * closes at the end of the stated day in the stated zone; it was posted on a day the postings
 * do not give.
 */
export async function insertSeedOffer(manager: EntityManager, seed: SeedOffer, sections: DescriptionSection[]): Promise<Offer> {
  const { id, deadline, ...fields } = seed;
  const input = parseInput(createOfferInput, {
    ...fields,
    descriptionSections: sections,
    deadline: deadline ? endOfDay(deadline.date, deadline.timeZone) : null,
    deadlineTimeZone: deadline?.timeZone ?? null,
    deadlineStated: deadline?.stated ?? null,
  });
  return insertOffer(manager, input, new Date(), { id, deadlineTimeZoneAssumed: deadline?.timeZoneAssumed ?? false });
}
