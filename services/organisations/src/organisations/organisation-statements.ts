import { integerOf, jsonOf, placeholders } from '@passerelle/db';
import type { Organisation } from './organisation.entity';

/*
 * Prebuilt statements for the organisations' hot reads (the gateway's entity lookups and an
 * organisation's page), their rows mapped by hand instead of by TypeORM's query builder and
 * hydration. The same text runs on MySQL/MariaDB and SQLite.
 */

/** An organisation as the schema shows it: its internal search and sort keys and timestamps left out. */
export type OrganisationView = Pick<
  Organisation,
  'id' | 'name' | 'acronym' | 'aliases' | 'kind' | 'parentId' | 'countryCode' | 'website' | 'description' | 'version'
>;

const COLUMNS = 'o.id, o.name, o.acronym, o.aliases, o.kind, o.parent_id, o.country_code, o.website, o.description, o.version';

type Row = Record<string, unknown>;

export function organisationOf(row: Row): OrganisationView {
  return {
    id: row.id as string,
    name: row.name as string,
    acronym: row.acronym as string | null,
    aliases: jsonOf<string[]>(row.aliases),
    kind: row.kind as Organisation['kind'],
    parentId: row.parent_id as string | null,
    countryCode: row.country_code as string | null,
    website: row.website as string | null,
    description: row.description as string | null,
    version: integerOf(row.version)!,
  };
}

/**
 * Organisations by id, with their parents in the same statement: a unit is nearly always
 * shown with the organisation it belongs to, which then costs no second round trip. The
 * wanted ids are a UNION: `id IN (…) OR id IN (subquery)` makes MariaDB scan the table.
 */
export function withParentsStatement(ids: readonly string[]): [string, unknown[]] {
  const list = placeholders(ids.length);
  const wanted =
    `SELECT asked.id AS wanted_id FROM organisations asked WHERE asked.id IN (${list}) ` +
    `UNION SELECT child.parent_id FROM organisations child WHERE child.id IN (${list}) AND child.parent_id IS NOT NULL`;
  return [`SELECT ${COLUMNS} FROM organisations o INNER JOIN (${wanted}) wanted ON wanted.wanted_id = o.id`, [...ids, ...ids]];
}

/** The units of these organisations, by name (byte-wise on both databases), then id. */
export function unitsStatement(parentIds: readonly string[]): [string, unknown[]] {
  return [
    `SELECT ${COLUMNS} FROM organisations o WHERE o.parent_id IN (${placeholders(parentIds.length)}) ORDER BY o.sort_name, o.id`,
    [...parentIds],
  ];
}
