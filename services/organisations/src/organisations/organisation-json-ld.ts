import type { OrganisationIdentifier } from './organisation-identifiers';
import type { OrganisationView } from './organisation-statements';

/** Each scheme's name for people; its code (`propertyID`) is the IdentifierScheme value, for machines. */
const SCHEME_NAMES: Record<OrganisationIdentifier['scheme'], string> = {
  IATI: 'IATI organisation identifier',
  RELIEFWEB: 'ReliefWeb source id',
  FTS: 'OCHA FTS organisation id',
  DOMAIN: 'Web domain',
};

/**
 * The record a scheme's id opens, where its address follows from the id alone: the ReliefWeb
 * API's source record. The IATI Registry names its publishers by slug, not by organisation
 * identifier, and FTS's pages are not addressed by a documented pattern: neither is guessed.
 */
const RECORD_URLS: Partial<Record<OrganisationIdentifier['scheme'], (value: string) => string>> = {
  RELIEFWEB: (value) => `https://api.reliefweb.int/v1/sources/${value}`,
};

/** The organisation as a schema.org Organization; what it lacks is left out. */
export function organisationJsonLd(
  organisation: OrganisationView,
  identifiers: readonly OrganisationIdentifier[],
  parent: Pick<OrganisationView, 'name'> | null,
): Record<string, unknown> {
  const alternateNames = [organisation.acronym, ...organisation.aliases].filter((name): name is string => Boolean(name));
  const sameAs = identifiers.flatMap(({ scheme, value }) => RECORD_URLS[scheme]?.(value) ?? []);
  return withoutEmpty({
    '@context': 'https://schema.org/',
    '@type': 'Organization',
    name: organisation.name,
    alternateName: alternateNames.length ? alternateNames : undefined,
    url: organisation.website,
    description: organisation.description,
    address: organisation.countryCode ? { '@type': 'PostalAddress', addressCountry: organisation.countryCode } : undefined,
    identifier: identifiers.length
      ? identifiers.map(({ scheme, value }) => ({ '@type': 'PropertyValue', propertyID: scheme, name: SCHEME_NAMES[scheme], value }))
      : undefined,
    sameAs: sameAs.length ? sameAs : undefined,
    parentOrganization: parent ? { '@type': 'Organization', name: parent.name } : undefined,
  });
}

function withoutEmpty(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && value !== null));
}
