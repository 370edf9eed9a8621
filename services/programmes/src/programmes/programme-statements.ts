import { integerOf, jsonOf, placeholders } from '@passerelle/db';
import type { Programme } from './programme.entity';

/*
 * Prebuilt statements for the programmes' hot reads (the gateway's entity lookups and the
 * countries each shows), their rows mapped by hand instead of by TypeORM's query builder and
 * hydration. The same text runs on MySQL/MariaDB and SQLite.
 */

/** A programme as the schema shows it (and sorts it): its search text and timestamps left out. */
export type ProgrammeView = Omit<Programme, 'searchText' | 'createdAt' | 'updatedAt'>;

const COLUMNS =
  'id, name, acronym, aliases, kind, description, start_date, start_year, end_date, end_year, parent_id, supports_id, sort_name, version, ' +
  'source_system, source_id, source_version, source_url';

type Row = Record<string, unknown>;

export function programmeOf(row: Row): ProgrammeView {
  return {
    id: row.id as string,
    name: row.name as string,
    acronym: row.acronym as string | null,
    aliases: jsonOf<string[]>(row.aliases),
    kind: row.kind as Programme['kind'],
    description: row.description as string | null,
    startDate: row.start_date as string | null,
    startYear: integerOf(row.start_year),
    endDate: row.end_date as string | null,
    endYear: integerOf(row.end_year),
    parentId: row.parent_id as string | null,
    supportsId: row.supports_id as string | null,
    sortName: row.sort_name as string,
    version: integerOf(row.version)!,
    sourceSystem: row.source_system as Programme['sourceSystem'],
    sourceId: row.source_id as string | null,
    sourceVersion: row.source_version as string | null,
    sourceUrl: row.source_url as string | null,
  };
}

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
