import countries from 'i18n-iso-countries';
import type { ContractType, IdentifierScheme, PlannedOrganisation } from '../../plan';
import { PREFIX } from './offer-properties';
import { endOfDay } from '@passerelle/subgraph-kit';
import { FieldRefusal, objectOrNull, readDateTime, textOrNull, zoneOfOffset } from './source-values';

/* The JobPosting properties schema.org defines, read strictly: what is not what schema.org says is refused with its field. */

type JsonObject = Record<string, unknown>;

/**
 * schema.org/Google employment types, as contract types where one names one: the others say
 * how much one works, not under which contract, so the contract stays UNSPECIFIED.
 */
const CONTRACTS_OF_EMPLOYMENT_TYPES: Record<string, ContractType> = {
  FULL_TIME: 'UNSPECIFIED',
  PART_TIME: 'UNSPECIFIED',
  CONTRACTOR: 'UNSPECIFIED',
  TEMPORARY: 'UNSPECIFIED',
  PER_DIEM: 'UNSPECIFIED',
  INTERN: 'INTERNSHIP',
  VOLUNTEER: 'VOLUNTEER',
  OTHER: 'OTHER',
};

const SCHEMES: readonly IdentifierScheme[] = ['IATI', 'RELIEFWEB', 'FTS', 'DOMAIN'];

/**
 * The hiring organisation, by name (given, or by its @id in the document's @graph), with the
 * identifiers it states as PropertyValues whose propertyID is a scheme the graph knows
 * (IATI, RELIEFWEB, FTS, DOMAIN). Only named, never created: an unknown one is refused by the owner.
 */
export function organisationOf(value: unknown, byId: Map<string, JsonObject>, field: string): PlannedOrganisation {
  const given = typeof value === 'string' ? value : objectOrNull(value);
  const node = typeof given === 'object' && given && typeof given['@id'] === 'string' && !given.name ? byId.get(given['@id']) : given;
  const name = typeof node === 'string' ? textOrNull(node) : textOrNull(node?.name);
  if (!name) throw new FieldRefusal(field, 'a posting needs its hiring organisation’s name');
  const stated = typeof node === 'object' && node ? node.identifier : undefined;
  const identifiers = (Array.isArray(stated) ? stated : stated === undefined ? [] : [stated]).flatMap((item) => {
    const property = objectOrNull(item);
    const scheme = textOrNull(property?.propertyID)?.toUpperCase() as IdentifierScheme | undefined;
    const identifier = textOrNull(property?.value);
    if (!scheme || !SCHEMES.includes(scheme) || !identifier) return [];
    return [{ scheme, value: scheme === 'DOMAIN' ? identifier.toLowerCase() : identifier }];
  });
  const [first] = identifiers;
  return { key: first ? `${first.scheme.toLowerCase()}:${first.value}` : `name:${name}`, identifiers, name, createIfMissing: false };
}

export function identifierOf(value: unknown): { value: string; ours: boolean } | null {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first === 'string' || typeof first === 'number') return { value: String(first), ours: false };
  const object = objectOrNull(first);
  const text = object && (typeof object.value === 'string' || typeof object.value === 'number') ? String(object.value) : null;
  return text ? { value: text, ours: object?.propertyID === `${PREFIX}offer` } : null;
}

export function httpUrlOrRefuse(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value)) throw new FieldRefusal(field, 'must be an http(s) URL');
  return value;
}

export function applyTargetOf(value: unknown, field: string): string | undefined {
  const actions = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const [index, item] of actions.entries()) {
    const action = objectOrNull(item);
    if (action?.['@type'] !== 'ApplyAction') continue;
    const target = objectOrNull(action.target)?.urlTemplate ?? action.target;
    return httpUrlOrRefuse(target, `${field}${Array.isArray(value) ? `[${index}]` : ''}.target`);
  }
  return undefined;
}

/** The deadline instant and the zone it was stated in: the posting's own zone, else the one its offset is exactly. */
export function deadlineOf(value: unknown, statedZone: string | undefined, field: string): { deadline?: Date; deadlineTimeZone?: string } {
  if (value === undefined || value === null) return {};
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated) throw new FieldRefusal(field, 'must be a date that exists, or a date and time with its offset (ISO 8601)');
  if (!stated.instant) {
    if (!statedZone) throw new FieldRefusal(field, 'states a day but no time zone: when applications close cannot be told');
    return { deadline: endOfDay(stated.date, statedZone), deadlineTimeZone: statedZone };
  }
  const zone = statedZone ?? zoneOfOffset(stated.offsetMinutes!);
  if (!zone) throw new FieldRefusal(field, 'its offset is no time zone’s: give a whole-hour offset or Z');
  return { deadline: stated.instant, deadlineTimeZone: zone };
}

export function postedAtOf(value: unknown, field: string): Date | 'date only' | undefined {
  if (value === undefined || value === null) return undefined;
  const stated = typeof value === 'string' ? readDateTime(value) : null;
  if (!stated) throw new FieldRefusal(field, 'must be a date that exists, or a date and time with its offset (ISO 8601)');
  // a day alone is not an instant: the editor says when, rather than the importer guessing an hour
  return stated.instant ?? 'date only';
}

export function placesOf(value: unknown, field: string): { dutyStations: { city: string; countryCode: string }[]; countryCodes: string[] } {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const dutyStations: { city: string; countryCode: string }[] = [];
  const countryCodes: string[] = [];
  items.forEach((item, index) => {
    const itemField = Array.isArray(value) ? `${field}[${index}]` : field;
    const address = objectOrNull(objectOrNull(item)?.address);
    if (!address) throw new FieldRefusal(`${itemField}.address`, 'a job location needs a PostalAddress');
    const countryCode = countryCodeOf(address.addressCountry, `${itemField}.address.addressCountry`);
    const city = textOrNull(address.addressLocality);
    if (city) dutyStations.push({ city, countryCode });
    else if (!countryCodes.includes(countryCode)) countryCodes.push(countryCode);
  });
  return { dutyStations, countryCodes };
}

/** ISO 3166-1 alpha-2 (or alpha-3), as a string or a Country's name. */
export function countryCodeOf(value: unknown, field: string): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : textOrNull(objectOrNull(value)?.name)?.toUpperCase();
  const alpha2 = code?.length === 3 ? countries.alpha3ToAlpha2(code) : code;
  if (!alpha2 || !countries.isValid(alpha2)) throw new FieldRefusal(field, 'must be an ISO 3166-1 country code, e.g. CD');
  return alpha2;
}

export function positionsOf(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new FieldRefusal(field, 'must be a whole number, at least 1');
  return value;
}

export function contractOfEmploymentType(value: unknown, field: string): ContractType {
  const types = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const contracts = new Set(
    types.map((type, index) => {
      const contract = typeof type === 'string' ? CONTRACTS_OF_EMPLOYMENT_TYPES[type.toUpperCase()] : undefined;
      if (!contract) {
        throw new FieldRefusal(Array.isArray(value) ? `${field}[${index}]` : field, `unknown employment type ${JSON.stringify(type)}`);
      }
      return contract;
    }),
  );
  // several that disagree name no one contract
  return contracts.size === 1 ? [...contracts][0]! : 'UNSPECIFIED';
}

/** Whole years from schema.org's months of experience: 18 months is at least 1 year, never 2. */
export function experienceYearsOf(value: unknown, field: string): number | 'not in years' | undefined {
  if (value === undefined || value === null) return undefined;
  const requirements = objectOrNull(value);
  if (!requirements || requirements.monthsOfExperience === undefined) return 'not in years';
  const months = requirements.monthsOfExperience;
  if (typeof months !== 'number' || !(months >= 0)) throw new FieldRefusal(`${field}.monthsOfExperience`, 'must be a number, at least 0');
  return Math.floor(months / 12);
}

export function educationOf(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  return textOrNull(first) ?? textOrNull(objectOrNull(first)?.credentialCategory) ?? undefined;
}
