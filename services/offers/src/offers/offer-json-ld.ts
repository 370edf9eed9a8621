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
 * The offer as a schema.org JobPosting for job-search engines: one jobLocation per duty
 * station, plus one per country named without a city; facts the offer lacks are left out.
 */
export function jobPostingJsonLd(
  offer: Offer,
  dutyStations: { city: string; countryCode: string }[],
  countryCodes: string[],
): Record<string, unknown> {
  const countriesWithoutStation = countryCodes.filter((code) => !dutyStations.some((station) => station.countryCode === code));
  const jobLocation = [
    ...dutyStations.map((station) => place({ addressLocality: station.city, addressCountry: station.countryCode })),
    ...countriesWithoutStation.map((code) => place({ addressCountry: code })),
  ];
  return withoutEmpty({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: descriptionHtml(offer.descriptionSections),
    identifier: { '@type': 'PropertyValue', name: offer.organisationName, value: offer.reference ?? offer.id },
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
  });
}

function place(address: { addressLocality?: string; addressCountry: string }) {
  return { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } };
}

function withoutEmpty(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}

/** Search engines want the description as HTML: headings, paragraphs and "- " bullet lists. */
export function descriptionHtml(sections: DescriptionSection[]): string {
  return sections.map((section) => (section.heading ? `<h2>${escapeHtml(section.heading)}</h2>` : '') + blocksHtml(section.body)).join('');
}

function blocksHtml(body: string): string {
  let html = '';
  for (const block of body.split(/\n{2,}/)) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flush = () => {
      if (paragraph.length) html += `<p>${paragraph.join('<br>')}</p>`;
      if (items.length) html += `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
      paragraph = [];
      items = [];
    };
    for (const line of block.split('\n')) {
      const bullet = line.startsWith('- ');
      if (bullet ? paragraph.length : items.length) flush();
      (bullet ? items : paragraph).push(escapeHtml(bullet ? line.slice(2) : line));
    }
    flush();
  }
  return html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character]!);
}
