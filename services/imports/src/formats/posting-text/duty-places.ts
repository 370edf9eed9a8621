import type { PlannedOfferFields } from '../../plan';
import type { Recruitment } from './facts';
import { countryAtStartOf, countryCodeOf, readLocation } from './places';

interface DutyPlaces {
  dutyStations?: NonNullable<PlannedOfferFields['dutyStations']>;
  countryCodes?: string[];
}

/**
 * Duty stations (city + country) and countries without a city. A city's country is the one
 * its location line gives; else the one the posting places the post in ("recrute … en RDC"),
 * or where it says the recruiting organisation's office is ("bureau d'ONU Femmes au Mali",
 * "l'UNOPS Haïti"). A city whose country the text never states is left out (and the field listed).
 */
export function readDutyPlaces(input: {
  location: string | undefined;
  listedCities: string[];
  recruitments: Recruitment[];
  organisationName: string;
  text: string;
}): DutyPlaces {
  const location = input.location ? readLocation(input.location) : {};
  const recruitedIn = input.recruitments.map((found) => found.place && countryCodeOf(found.place)).find(Boolean);
  const country = location.countryCode ?? recruitedIn ?? officeCountry(input.organisationName, input.text);
  const cities = [...new Set([...(location.city ? [location.city] : []), ...input.listedCities])];
  const ordered = input.listedCities.length ? [...new Set([...input.listedCities, ...cities])] : cities;
  if (country && ordered.length) return { dutyStations: ordered.map((city) => ({ city, countryCode: country })) };
  return country ? { countryCodes: [country] } : {};
}

/** The country of the recruiting organisation's office, when the text names one: "<org> au Mali", "UNOPS Haïti", "UNDP Mali Country Office". */
function officeCountry(organisationName: string, text: string): string | undefined {
  const names = organisationName
    .split(/\s+-\s+|\s*\(|\)/)
    .map((name) => name.trim())
    .filter((name) => name.length >= 3);
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const match of text.matchAll(
      new RegExp(`(?:bureau d[e']\\s?|bureau d’|office of )?${escaped}\\s+(?:(?:au|en|aux|à|in)\\s+)?`, 'gu'),
    )) {
      const after = text.slice((match.index ?? 0) + match[0].length);
      const country = countryAtStartOf(after.split(/[\n.;:]/)[0] ?? '');
      if (country) return country.code;
    }
  }
  return undefined;
}
