import { entityRowsWithout, placeholders } from '@passerelle/db';
import { Organisation } from './organisation.entity';

/*
 * Prebuilt statements for the organisations' hot reads (the gateway's entity lookups and an
 * organisation's page), their rows mapped by readers derived once from the entity (@passerelle/db's
 * entity-rows) instead of by TypeORM's query builder and hydration. The same text runs on MySQL/MariaDB and SQLite.
 */

/** An organisation as the schema shows it: its internal search and sort keys and timestamps left out. */
export type OrganisationView = Omit<Organisation, 'searchText' | 'sortName' | 'createdAt' | 'updatedAt'>;

/** Derived once from the entity: a new plain column is read with no line here. */
const views = entityRowsWithout(Organisation, ['searchText', 'sortName', 'createdAt', 'updatedAt']);
const COLUMNS = views.select('o');

export const organisationOf = (row: Record<string, unknown>): OrganisationView => views.read(row);

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
