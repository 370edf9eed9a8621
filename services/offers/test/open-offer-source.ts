import type { OfferSource } from '../src/open-offers/open-offer';

type Required = 'id' | 'title' | 'description' | 'organisationId' | 'contractType' | 'lists';

/** An offer as the read model is fed it, its summary's other columns filled with plain values. */
export function openOfferSource(fields: Pick<OfferSource, Required> & Partial<OfferSource>): OfferSource {
  return {
    version: 1,
    state: 'PUBLISHED',
    reference: null,
    organisationName: fields.organisationId,
    positions: 1,
    contractLabel: null,
    grade: null,
    durationMonths: null,
    minExperienceYears: null,
    education: null,
    eligibility: null,
    postedAt: null,
    deadline: null,
    deadlineTimeZone: null,
    deadlineTimeZoneAssumed: false,
    deadlineStated: null,
    closedAt: null,
    unannouncedDeadline: null,
    applyUrl: null,
    sourceUrl: null,
    sourceLanguage: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}
