import type { EntityManager } from 'typeorm';
import { foldForSearch } from '@passerelle/db';
import { yearOf, type SourceRecord } from '@passerelle/subgraph-kit';
import { sourceColumnsOf } from '../imports/source-columns';
import { Participation, type ParticipationRole } from './participation.entity';
import { ProgrammeCountry } from './programme-country.entity';
import { searchTextOf } from './programme-reads';
import { Programme, type ProgrammeKind } from './programme.entity';

/*
 * Writes to programmes, their countries and their stated participants, in the caller's
 * transaction: the one mapping from a programme's facts to its rows, for the seed and the
 * import alike.
 */

/** A programme's own facts, as its row holds them. */
export interface ProgrammeFields {
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: ProgrammeKind;
  description: string | null;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  startDate: string | null;
  endDate: string | null;
  parentId: string | null;
  supportsId: string | null;
  source: SourceRecord | null;
}

export interface ParticipantFields {
  organisationId: string;
  role: ParticipationRole;
  note: string | null;
}

/** A new programme with its countries and participants, in the order the source lists them. */
export interface ProgrammeInsert extends ProgrammeFields {
  id: string;
  countryCodes: string[];
  participants: ParticipantFields[];
}

/** The columns of a programme's row, search keys included. */
export function programmeColumnsOf(fields: ProgrammeFields) {
  return {
    name: fields.name,
    acronym: fields.acronym,
    aliases: fields.aliases,
    kind: fields.kind,
    description: fields.description,
    startDate: fields.startDate,
    startYear: fields.startDate ? yearOf(fields.startDate) : null,
    endDate: fields.endDate,
    endYear: fields.endDate ? yearOf(fields.endDate) : null,
    parentId: fields.parentId,
    supportsId: fields.supportsId,
    searchText: searchTextOf({ name: fields.name, acronym: fields.acronym, aliases: fields.aliases }),
    sortName: foldForSearch(fields.name),
    ...sourceColumnsOf(fields.source),
  };
}

export const countryRowsOf = (programmeId: string, countryCodes: readonly string[]): ProgrammeCountry[] =>
  countryCodes.map((countryCode, position) => ({ programmeId, countryCode, position }));

export const participantRowsOf = (programmeId: string, participants: readonly ParticipantFields[]): Participation[] =>
  participants.map(({ organisationId, role, note }, position) => ({ programmeId, organisationId, role, note, position }));

export async function insertProgramme(manager: EntityManager, programme: ProgrammeInsert): Promise<void> {
  await manager.getRepository(Programme).insert({ id: programme.id, ...programmeColumnsOf(programme) });
  await insertRows(manager, ProgrammeCountry, countryRowsOf(programme.id, programme.countryCodes));
  await insertRows(manager, Participation, participantRowsOf(programme.id, programme.participants));
}

/** Sets every column of the programme's row (its version one more). */
export async function updateProgramme(manager: EntityManager, id: string, fields: ProgrammeFields): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(Programme)
    .set({ ...programmeColumnsOf(fields), version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
}

export async function replaceCountries(manager: EntityManager, programmeId: string, countryCodes: readonly string[]): Promise<void> {
  await manager.getRepository(ProgrammeCountry).delete({ programmeId });
  await insertRows(manager, ProgrammeCountry, countryRowsOf(programmeId, countryCodes));
}

export async function replaceParticipants(
  manager: EntityManager,
  programmeId: string,
  participants: readonly ParticipantFields[],
): Promise<void> {
  await manager.getRepository(Participation).delete({ programmeId });
  await insertRows(manager, Participation, participantRowsOf(programmeId, participants));
}

async function insertRows<Row extends ProgrammeCountry | Participation>(
  manager: EntityManager,
  entity: new () => Row,
  rows: Row[],
): Promise<void> {
  if (rows.length) await manager.getRepository(entity).insert(rows as never);
}
