import { entityRowsWithout, placeholders } from '@passerelle/db';
import { Programme } from './programme.entity';

/*
 * Prebuilt statements for the programmes' hot reads (the gateway's entity lookups and the
 * countries each shows), their rows mapped by readers derived once from the entity (@passerelle/db's
 * entity-rows) instead of by TypeORM's query builder and hydration. The same text runs on MySQL/MariaDB and SQLite.
 */

/** A programme as the schema shows it (and sorts it): its search text and timestamps left out. */
export type ProgrammeView = Omit<Programme, 'searchText' | 'createdAt' | 'updatedAt'>;

/** Derived once from the entity: a new plain column is read with no line here. */
const views = entityRowsWithout(Programme, ['searchText', 'createdAt', 'updatedAt']);
const COLUMNS = views.columns.join(', ');

export const programmeOf = (row: Record<string, unknown>): ProgrammeView => views.read(row);

export function programmesStatement(ids: readonly string[]): [string, unknown[]] {
  return [`SELECT ${COLUMNS} FROM programmes WHERE id IN (${placeholders(ids.length)})`, [...ids]];
}

/** The countries of these programmes, each programme's in the sources' order. */
export function countriesStatement(programmeIds: readonly string[]): [string, unknown[]] {
  return [
    `SELECT programme_id, country_code FROM programme_countries WHERE programme_id IN (${placeholders(programmeIds.length)}) ORDER BY programme_id, position`,
    [...programmeIds],
  ];
}
