import { In, type DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import { Contribution } from '../contributions/contribution.entity';
import { insertContribution } from '../contributions/contribution-writes';
import { toMinorUnits } from '@passerelle/subgraph-kit';
import { Participation } from '../programmes/participation.entity';
import { ProgrammeCountry } from '../programmes/programme-country.entity';
import {
  countryRowsOf,
  insertProgramme,
  participantRowsOf,
  programmeColumnsOf,
  type ProgrammeInsert,
} from '../programmes/programme-writes';
import { Programme } from '../programmes/programme.entity';
import { ReportedFunding } from '../funding/reported-funding.entity';
import { SEED_CONTRIBUTIONS, SEED_PROGRAMMES, SEED_REPORTED_FUNDING, type SeedProgramme } from './seed-data';

/**
 * Inserts the seed rows that are missing, in one transaction, and gives programmes seeded
 * by an earlier version the dates it did not record (only where the column is empty). Values
 * present are never overwritten, so running it twice changes nothing and edits survive a
 * restart. Returns how many rows it inserted or filled in.
 */
export async function seedProgrammes(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const programmes = SEED_PROGRAMMES.map(programmeOfSeed);
    const countries = programmes.flatMap((programme) => countryRowsOf(programme.id, programme.countryCodes));
    const participants = programmes.flatMap((programme) => participantRowsOf(programme.id, programme.participants));
    const reported = SEED_REPORTED_FUNDING.map(({ amount, ...seed }) => ({
      ...seed,
      amountMinor: toMinorUnits(amount, seed.currency).toString(),
    }));
    const ids = (rows: { id: string }[]) => ({ id: In(rows.map((row) => row.id)) });
    const ofSeedProgrammes = { programmeId: In(programmes.map((row) => row.id)) };
    const countryKey = (row: { programmeId: string; countryCode: string }) => `${row.programmeId}|${row.countryCode}`;
    const participantKey = (row: { programmeId: string; organisationId: string; role: string }) =>
      `${row.programmeId}|${row.organisationId}|${row.role}`;
    // new programmes come with their countries and participants; older ones get what they lack
    return (
      (await insertMissingProgrammes(manager, programmes)) +
      (await insertMissing(manager, ProgrammeCountry, countries, ofSeedProgrammes, countryKey)) +
      (await insertMissing(manager, Participation, participants, ofSeedProgrammes, participantKey)) +
      (await insertMissingContributions(manager)) +
      (await insertMissing(manager, ReportedFunding, reported, ids(reported), (row) => row.id))
    );
  });
}

function programmeOfSeed(seed: SeedProgramme): ProgrammeInsert {
  return {
    id: seed.id,
    name: seed.name,
    acronym: seed.acronym ?? null,
    aliases: seed.aliases ?? [],
    kind: seed.kind,
    description: seed.description ?? null,
    startDate: seed.startDate ?? null,
    endDate: seed.endDate ?? null,
    parentId: seed.parentId ?? null,
    supportsId: seed.supportsId ?? null,
    source: null,
    countryCodes: seed.countryCodes ?? [],
    participants: (seed.participants ?? []).map((participant) => ({ ...participant, note: participant.note ?? null })),
  };
}

/**
 * The seed programmes that are missing, through the insert the import makes; programmes an
 * earlier seed inserted get the dates it did not record (only where the column is empty).
 */
async function insertMissingProgrammes(manager: EntityManager, programmes: ProgrammeInsert[]): Promise<number> {
  const repository = manager.getRepository(Programme);
  const stored = new Map((await repository.findBy({ id: In(programmes.map((row) => row.id)) })).map((row) => [row.id, row]));
  let written = 0;
  for (const programme of programmes) {
    const row = stored.get(programme.id);
    if (!row) {
      await insertProgramme(manager, programme);
      written += 1;
      continue;
    }
    const columns = programmeColumnsOf(programme);
    const missingFacts = PROGRAMME_DATES.filter((column) => row[column] == null && columns[column] != null);
    if (!missingFacts.length) continue;
    await repository.update(row.id, Object.fromEntries(missingFacts.map((column) => [column, columns[column]])));
    written += 1;
  }
  return written;
}

/** The seed contributions that are missing, through the write `recordContribution` makes (without its event). */
async function insertMissingContributions(manager: EntityManager): Promise<number> {
  const stored = await manager.getRepository(Contribution).findBy({ id: In(SEED_CONTRIBUTIONS.map((seed) => seed.id)) });
  const existing = new Set(stored.map((row) => row.id));
  const missing = SEED_CONTRIBUTIONS.filter((seed) => !existing.has(seed.id));
  for (const { id, ...input } of missing) await insertContribution(manager, id, input);
  return missing.length;
}

/** The columns a later seed may fill in on programmes an earlier one inserted without them. */
const PROGRAMME_DATES = ['startDate', 'startYear', 'endDate', 'endYear'] as const;

/** Inserts, in order, the rows whose key no stored row among `candidates` has. */
async function insertMissing<Entity extends ObjectLiteral, Row extends Partial<Entity>>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  rows: Row[],
  candidates: FindOptionsWhere<Entity>,
  keyOf: (row: Row | Entity) => string,
): Promise<number> {
  const repository = manager.getRepository(entity);
  const existing = new Set((await repository.findBy(candidates)).map(keyOf));
  const missing = rows.filter((row) => !existing.has(keyOf(row)));
  for (const row of missing) await repository.insert(row);
  return missing.length;
}
