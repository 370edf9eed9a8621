import { In, type DataSource, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { foldForSearch, inTransaction } from '@passerelle/db';
import { Contribution } from '../contributions/contribution.entity';
import { insertContribution } from '../contributions/contribution-writes';
import { toMinorUnits, yearOf } from '@passerelle/subgraph-kit';
import { Participation } from '../programmes/participation.entity';
import { ProgrammeCountry } from '../programmes/programme-country.entity';
import { searchTextOf } from '../programmes/programme-reads';
import { Programme } from '../programmes/programme.entity';
import { ReportedFunding } from '../funding/reported-funding.entity';
import { SEED_CONTRIBUTIONS, SEED_PROGRAMMES, SEED_REPORTED_FUNDING } from './seed-data';

/**
 * Inserts the seed rows that are missing, in one transaction, and gives programmes seeded
 * by an earlier version the dates it did not record (only where the column is empty). Values
 * present are never overwritten, so running it twice changes nothing and edits survive a
 * restart. Returns how many rows it inserted or filled in.
 */
export async function seedProgrammes(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const programmes = SEED_PROGRAMMES.map((seed) => {
      const aliases = seed.aliases ?? [];
      const acronym = seed.acronym ?? null;
      return {
        id: seed.id,
        name: seed.name,
        acronym,
        aliases,
        kind: seed.kind,
        description: seed.description ?? null,
        startDate: seed.startDate ?? null,
        startYear: seed.startDate ? yearOf(seed.startDate) : null,
        endDate: seed.endDate ?? null,
        endYear: seed.endDate ? yearOf(seed.endDate) : null,
        parentId: seed.parentId ?? null,
        supportsId: seed.supportsId ?? null,
        searchText: searchTextOf({ name: seed.name, acronym, aliases }),
        sortName: foldForSearch(seed.name),
      };
    });
    const countries = SEED_PROGRAMMES.flatMap((seed) =>
      (seed.countryCodes ?? []).map((countryCode, position) => ({ programmeId: seed.id, countryCode, position })),
    );
    const participants = SEED_PROGRAMMES.flatMap((seed) =>
      (seed.participants ?? []).map((participant, position) => ({
        programmeId: seed.id,
        organisationId: participant.organisationId,
        role: participant.role,
        note: participant.note ?? null,
        position,
      })),
    );
    const reported = SEED_REPORTED_FUNDING.map(({ amount, ...seed }) => ({
      ...seed,
      amountMinor: toMinorUnits(amount, seed.currency).toString(),
    }));
    const ids = (rows: { id: string }[]) => ({ id: In(rows.map((row) => row.id)) });
    const ofSeedProgrammes = { programmeId: In(programmes.map((row) => row.id)) };
    const countryKey = (row: { programmeId: string; countryCode: string }) => `${row.programmeId}|${row.countryCode}`;
    const participantKey = (row: { programmeId: string; organisationId: string; role: string }) =>
      `${row.programmeId}|${row.organisationId}|${row.role}`;
    return (
      (await insertMissing(manager, Programme, programmes, ids(programmes), (row) => row.id, PROGRAMME_DATES)) +
      (await insertMissing(manager, ProgrammeCountry, countries, ofSeedProgrammes, countryKey)) +
      (await insertMissing(manager, Participation, participants, ofSeedProgrammes, participantKey)) +
      (await insertMissingContributions(manager)) +
      (await insertMissing(manager, ReportedFunding, reported, ids(reported), (row) => row.id))
    );
  });
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

/**
 * Inserts, in order, the rows whose key no stored row among `candidates` has. In stored rows,
 * each of the `fillable` columns that is empty gets the seed's value, when it has one.
 */
async function insertMissing<Entity extends ObjectLiteral, Row extends Partial<Entity>>(
  manager: EntityManager,
  entity: EntityTarget<Entity>,
  rows: Row[],
  candidates: FindOptionsWhere<Entity>,
  keyOf: (row: Row | Entity) => string,
  fillable: readonly (keyof Row & keyof Entity & string)[] = [],
): Promise<number> {
  const repository = manager.getRepository(entity);
  const existing = new Map((await repository.findBy(candidates)).map((row) => [keyOf(row), row]));
  let written = 0;
  for (const row of rows) {
    const stored = existing.get(keyOf(row));
    if (!stored) {
      await repository.insert(row);
      written += 1;
      continue;
    }
    const missingFacts = fillable.filter((column) => stored[column] == null && row[column] != null);
    if (!missingFacts.length) continue;
    const changes = Object.fromEntries(missingFacts.map((column) => [column, row[column]]));
    await repository.update(repository.getId(stored) as never, changes as never);
    written += 1;
  }
  return written;
}
