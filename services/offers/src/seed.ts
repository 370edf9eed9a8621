import type { DataSource, EntityManager } from 'typeorm';
import { endOfDay } from './deadline';
import { Offer, type DescriptionSection } from './offer.entity';
import { OfferCountry, OfferDutyStation, OfferLanguage, OfferProgramme, OfferTerm, OfferTheme } from './offer-details.entity';
import { cityKeyOf } from './offer-filter';
import { termCountsOf } from './search-terms';
import { SEED_OFFERS, type SeedOffer } from './seed-data';
import { descriptionText, readDescriptionSections } from './seed-texts';

/**
 * Inserts the seed offers that are missing, with their lists and search terms, in one
 * transaction. Offers that exist are left as they are, so running it twice changes
 * nothing and edits survive a restart.
 */
export async function seedOffers(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
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
  const offerId = seed.id;
  const countries = [...new Set([...seed.dutyStations.map((station) => station.countryCode), ...(seed.countryCodes ?? [])])];
  const rows = <Row>(entity: new () => Row, values: Row[]) => (values.length ? manager.insert(entity, values) : null);
  await rows(OfferDutyStation, seed.dutyStations.map((station, position) => ({ offerId, position, ...station, cityKey: cityKeyOf(station.city) })));
  await rows(OfferCountry, countries.map((countryCode, position) => ({ offerId, countryCode, position })));
  await rows(OfferLanguage, seed.languages.map((language, position) => ({ offerId, ...language, position })));
  await rows(OfferTheme, seed.themes.map((theme, position) => ({ offerId, theme, position })));
  await rows(OfferProgramme, seed.programmeIds.map((programmeId, position) => ({ offerId, programmeId, position })));
  await rows(OfferTerm, termCountsOf(seed.title, description).map((count) => ({ offerId, ...count })));
}
