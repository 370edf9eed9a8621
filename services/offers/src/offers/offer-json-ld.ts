import type { ContractType, DescriptionSection, Offer } from './offer.entity';

/** schema.org employment types (as search engines read them) closest to each contract; none where the posting says none. */
const EMPLOYMENT_TYPES: Record<ContractType, string | undefined> = {
  STAFF: 'FULL_TIME',
  CONSULTANCY: 'CONTRACTOR',
  INDIVIDUAL_CONTRACTOR: 'CONTRACTOR',
  JPO: 'TEMPORARY',
  INTERNSHIP: 'INTERN',
  VOLUNTEER: 'VOLUNTEER',
  OTHER: 'OTHER',
  UNSPECIFIED: undefined,
};

/**
 * The `propertyID` prefix of the offer's facts schema.org has no JobPosting property for.
 *
 * They are given as schema.org `additionalProperty` PropertyValues ("a characteristic for which
 * there is no matching property in schema.org"), each named by a prefixed `propertyID`
 * (`passerelle:grade`), rather than as terms of a second vocabulary in `@context`: the
 * document stays plain schema.org JSON-LD (its `@context` unchanged, valid for any JSON-LD
 * processor and for search engines, which ignore what they do not know), and a reader that
 * knows the prefix (services/imports, the JobPosting importer) gets every fact back. One
 * PropertyValue per list item, in the offer's order (languages: required ones first).
 */
export const OFFER_PROPERTY_PREFIX = 'passerelle:';

/**
 * The offer as a schema.org JobPosting for job-search engines: one jobLocation per duty
 * station, plus one per country named without a city; facts the offer lacks are left out.
 * Everything an offer holds is there, so that importing this document gives the same offer.
 */
export function jobPostingJsonLd(
  offer: Offer,
  lists: {
    dutyStations: { city: string; countryCode: string }[];
    countryCodes: string[];
    languages: { code: string; required: boolean }[];
    themes: string[];
    programmeIds: string[];
  },
): Record<string, unknown> {
  const { dutyStations, countryCodes } = lists;
  const countriesWithoutStation = countryCodes.filter((code) => !dutyStations.some((station) => station.countryCode === code));
  const jobLocation = [
    ...dutyStations.map((station) => place({ addressLocality: station.city, addressCountry: station.countryCode })),
    ...countriesWithoutStation.map((code) => place({ addressCountry: code })),
  ];
  const additionalProperty = offerProperties(offer, lists);
  return withoutEmpty({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: descriptionHtml(offer.descriptionSections),
    // the publisher's reference when it has one; else the offer's id here, marked as ours
    identifier: offer.reference
      ? { '@type': 'PropertyValue', name: offer.organisationName, value: offer.reference }
      : { '@type': 'PropertyValue', name: 'Passerelle', propertyID: `${OFFER_PROPERTY_PREFIX}offer`, value: offer.id },
    hiringOrganization: { '@type': 'Organization', name: offer.organisationName },
    datePosted: offer.postedAt?.toISOString(),
    validThrough: offer.deadline?.toISOString(),
    employmentType: EMPLOYMENT_TYPES[offer.contractType],
    jobLocation: jobLocation.length ? jobLocation : undefined,
    totalJobOpenings: offer.positions,
    educationRequirements: offer.education,
    experienceRequirements:
      offer.minExperienceYears === null
        ? undefined
        : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: offer.minExperienceYears * 12 },
    eligibilityToWorkRequirement: offer.eligibility,
    url: offer.sourceUrl,
    directApply: offer.applyUrl ? offer.applyUrl === offer.sourceUrl : undefined,
    potentialAction: offer.applyUrl ? { '@type': 'ApplyAction', target: offer.applyUrl } : undefined,
    additionalProperty: additionalProperty.length ? additionalProperty : undefined,
  });
}

type PropertyValue = { '@type': 'PropertyValue'; propertyID: string; name: string; value: string | number | boolean; unitCode?: string };

/** The offer's facts schema.org has no JobPosting property for (see OFFER_PROPERTY_PREFIX). */
function offerProperties(
  offer: Offer,
  lists: { languages: { code: string; required: boolean }[]; themes: string[]; programmeIds: string[] },
): PropertyValue[] {
  const property = (id: string, name: string, value: string | number | boolean | null, unitCode?: string): PropertyValue[] =>
    value === null
      ? []
      : [{ '@type': 'PropertyValue', propertyID: OFFER_PROPERTY_PREFIX + id, name, value, ...(unitCode ? { unitCode } : {}) }];
  return [
    ...property('contractType', 'Contract type', offer.contractType),
    ...property('contractLabel', 'Contract', offer.contractLabel),
    ...property('grade', 'Grade', offer.grade),
    // UN/CEFACT's code for months, as schema.org's unitCode asks
    ...property('durationMonths', 'Duration', offer.durationMonths, 'MON'),
    ...lists.languages.flatMap(({ code, required }) =>
      required ? property('languageRequired', 'Language required', code) : property('languageAsset', 'Language, an asset', code),
    ),
    ...lists.themes.flatMap((theme) => property('theme', 'Theme', theme)),
    ...lists.programmeIds.flatMap((id) => property('programme', 'Programme', id)),
    ...property('deadlineTimeZone', 'Deadline time zone', offer.deadline ? offer.deadlineTimeZone : null),
    ...property('deadlineTimeZoneAssumed', 'Deadline time zone assumed', offer.deadline ? offer.deadlineTimeZoneAssumed : null),
    ...property('deadlineStated', 'Deadline as stated', offer.deadlineStated),
    ...property('sourceLanguage', 'Language of the posting', offer.sourceLanguage),
  ];
}

function place(address: { addressLocality?: string; addressCountry: string }) {
  return { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } };
}

function withoutEmpty(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

/**
 * Search engines want the description as HTML: headings, paragraphs (lines joined by <br>)
 * and "- " bullet lists. A block (text between blank lines) that mixes lines and bullets is
 * wrapped in a <div>, so that a reader can tell it from separate blocks ("Education\n- …"
 * from "Education\n\n- …") and read the same sections back.
 */
export function descriptionHtml(sections: DescriptionSection[]): string {
  return sections.map((section) => (section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : '') + blocksHtml(section.body)).join('');
}

function blocksHtml(body: string): string {
  return body
    .split(/\n{2,}/)
    .map((block) => {
      const parts = blockParts(block);
      return parts.length > 1 ? `<div>${parts.join('')}</div>` : (parts[0] ?? '');
    })
    .join('');
}

/** A block's runs of lines and of bullets, each as one HTML element. */
function blockParts(block: string): string[] {
  const parts: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length) parts.push(`<p>${paragraph.join('<br>')}</p>`);
    if (items.length) parts.push(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    paragraph = [];
    items = [];
  };
  for (const line of block.split('\n')) {
    const bullet = line.startsWith('- ');
    if (bullet ? paragraph.length : items.length) flush();
    (bullet ? items : paragraph).push(escapeHtml(bullet ? line.slice(2) : line));
  }
  flush();
  return parts;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
}
