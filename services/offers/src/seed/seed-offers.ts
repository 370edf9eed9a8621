import { inTransaction } from '@passerelle/db';
import type { DataSource, EntityManager } from 'typeorm';
import { endOfDay } from '../offers/deadline';
import { Offer, type DescriptionSection } from '../offers/offer.entity';
import { writeLists, writeTerms } from '../offers/offer-child-writes';
import { SEED_OFFERS, type SeedOffer } from './seed-data';
import { descriptionText } from '../offers/offer-description';
import { readDescriptionSections } from './seed-texts';

/**
 * Inserts the seed offers that are missing, with their lists and search terms, in one
 * transaction. Offers that exist are left as they are, so running it twice changes
 * nothing and edits survive a restart.
 */
export async function seedOffers(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const existing = new Set((await manager.getRepository(Offer).find({ select: { id: true } })).map((row) => row.id));
    const missing = SEED_OFFERS.filter((seed) => !existing.has(seed.id));
    for (const seed of missing) await insertOffer(manager, seed, readDescriptionSections(seed.id));
    return missing.length;
  });
}

/** Inserts one published offer with its lists and search terms. */
export async function insertOffer(manager: EntityManager, seed: SeedOffer, sections: DescriptionSection[]): Promise<void> {
  const description = descriptionText(sections);
  await manager.insert(Offer, {
    id: seed.id,
    title: seed.title,
    reference: seed.reference ?? null,
    organisationId: seed.organisationId,
    organisationName: seed.organisationName,
    positions: seed.positions,
    contractType: seed.contractType,
    contractLabel: seed.contractLabel ?? null,
    grade: seed.grade ?? null,
    durationMonths: seed.durationMonths ?? null,
    minExperienceYears: seed.minExperienceYears ?? null,
    education: seed.education ?? null,
    eligibility: seed.eligibility ?? null,
    description,
    descriptionSections: sections,
    postedAt: null,
    deadline: seed.deadline ? endOfDay(seed.deadline.date, seed.deadline.timeZone) : null,
    deadlineTimeZone: seed.deadline?.timeZone ?? null,
    deadlineTimeZoneAssumed: seed.deadline?.timeZoneAssumed ?? false,
    deadlineStated: seed.deadline?.stated ?? null,
    state: 'PUBLISHED',
    closedAt: null,
    applyUrl: seed.applyUrl ?? null,
    sourceUrl: seed.sourceUrl ?? null,
    sourceLanguage: seed.sourceLanguage,
  });
  await writeLists(
    manager,
    seed.id,
    {
      places: { dutyStations: seed.dutyStations, countryCodes: seed.countryCodes ?? [] },
      languages: seed.languages,
      themes: seed.themes,
      programmeIds: seed.programmeIds,
    },
    false,
  );
  await writeTerms(manager, { id: seed.id, title: seed.title, description }, false);
}
