import countries from 'i18n-iso-countries';
import type { OrganisationKind, PlannedOrganisation } from '../../plan';
import { UnreadableDocument } from '../../plan';
import { FieldRefusal, objectOrNull, textOrNull } from '../json-ld/source-values';

/*
 * The ReliefWeb API (v1) response shape, { data: [{ id, fields: {...} }] }, and what jobs and
 * sources share: the source as an organisation, countries by ISO 3166-1 alpha-3.
 */

export type JsonObject = Record<string, unknown>;

export interface ReliefWebRecord {
  id: string;
  fields: JsonObject;
  /** Where the record is in the document, e.g. `data[3]`. */
  path: string;
}

/** The response's records; a record without an id or fields is refused through `refuse`, the others read. */
export function recordsOf(content: string, refuse: (path: string, field: string, reason: string) => void): ReliefWebRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw new UnreadableDocument(`not JSON: ${(error as Error).message}`);
  }
  const data = objectOrNull(document)?.data;
  if (!Array.isArray(data)) throw new UnreadableDocument('must be a ReliefWeb API response: { "data": [ { "id", "fields" } ] }', 'data');
  return data.flatMap((item, index) => {
    const path = `data[${index}]`;
    const record = objectOrNull(item);
    const id = record && (typeof record.id === 'string' || typeof record.id === 'number') ? String(record.id) : null;
    if (!id || !/^\d+$/.test(id)) {
      refuse(path, `${path}.id`, 'a ReliefWeb record needs its numeric id');
      return [];
    }
    const fields = objectOrNull(record?.fields);
    if (!fields) {
      refuse(path, `${path}.fields`, 'a ReliefWeb record needs its fields');
      return [];
    }
    return [{ id, fields, path }];
  });
}

/** ReliefWeb's organisation types, as the graph's kinds: UN agencies are ReliefWeb's "International Organization". */
const KINDS: Record<string, OrganisationKind> = {
  'international organization': 'UN_AGENCY',
  'un agency': 'UN_AGENCY',
  'non-governmental organization': 'NGO',
  ngo: 'NGO',
  government: 'GOVERNMENT',
};

/** A ReliefWeb source (a job's `source[0]`, or a record of the sources resource) as an organisation to match or create. */
export function organisationOfSource(source: JsonObject, field: string): PlannedOrganisation {
  const id = typeof source.id === 'number' || typeof source.id === 'string' ? String(source.id) : null;
  if (!id || !/^\d+$/.test(id)) throw new FieldRefusal(`${field}.id`, 'a ReliefWeb source needs its numeric id');
  const name = textOrNull(source.name);
  if (!name) throw new FieldRefusal(`${field}.name`, 'a ReliefWeb source needs its name');
  const shortname = textOrNull(source.shortname);
  const typeName = textOrNull(objectOrNull(source.type)?.name) ?? textOrNull(source.type);
  const homepage = textOrNull(source.homepage);
  const country = Array.isArray(source.country) ? objectOrNull(source.country[0]) : null;
  const countryCode = country ? alpha2OfCountry(country, `${field}.country[0]`) : null;
  return {
    key: `reliefweb:${id}`,
    identifiers: [{ scheme: 'RELIEFWEB', value: id }],
    name,
    ...(shortname && shortname !== name ? { acronym: shortname } : {}),
    kind: (typeName ? KINDS[typeName.toLowerCase()] : undefined) ?? 'OTHER',
    ...(countryCode ? { countryCode } : {}),
    ...(homepage && /^https?:\/\//.test(homepage) ? { website: homepage } : {}),
    createIfMissing: true,
  };
}

/** ReliefWeb's "World" (wld) names no country: null. */
export function alpha2OfCountry(country: JsonObject, field: string): string | null {
  const iso3 = textOrNull(country.iso3)?.toUpperCase();
  if (iso3 === 'WLD') return null;
  const alpha2 = iso3 ? countries.alpha3ToAlpha2(iso3) : undefined;
  if (!alpha2) throw new FieldRefusal(`${field}.iso3`, `unknown ISO 3166-1 alpha-3 country code ${JSON.stringify(country.iso3 ?? null)}`);
  return alpha2;
}

/** A lower-case slug of a ReliefWeb name: "Protection and Human Rights" → protection-and-human-rights. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** A list field's items as objects (ReliefWeb gives lists of { id, name }). */
export function itemsOf(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.map(objectOrNull).filter((item): item is JsonObject => item !== null) : [];
}
