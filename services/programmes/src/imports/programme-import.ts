import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import { compareSourceVersions, toMinorUnits, type SourceRecord } from '@passerelle/subgraph-kit';
import { Contribution, isForwardOrSame } from '../contributions/contribution.entity';
import { ContributionReads } from '../contributions/contribution-reads';
import { changeContribution, recordContribution, type ContributionChanges } from '../contributions/contribution-writes';
import type { ParticipationRole } from '../programmes/participation.entity';
import { Programme } from '../programmes/programme.entity';
import { ProgrammeReads } from '../programmes/programme-reads';
import {
  insertProgramme,
  programmeColumnsOf,
  replaceCountries,
  replaceParticipants,
  updateProgramme,
  type ParticipantFields,
  type ProgrammeFields,
} from '../programmes/programme-writes';
import { checkRecords, type CheckedRecord, type ImportedContribution, type ImportedProgramme } from './import-input';
import { sourceColumnsOf } from './source-columns';

export type ImportChange = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

export interface ProgrammeImportResult {
  key: string;
  kind: 'PROGRAMME' | 'CONTRIBUTION';
  change: ImportChange;
  id: string | null;
  reason: string | null;
  field: string | null;
}

export interface ImportOptions {
  dryRun: boolean;
  applyValid: boolean;
}

type ProgrammeRecord = Parameters<typeof checkRecords>[0][number];

const OLDER = 'an older version than the one imported';

/** Ends the transaction with a rollback, carrying what the import would have done. */
class RolledBack extends Error {
  constructor(readonly results: ProgrammeImportResult[]) {
    super('rolled back');
  }
}

/**
 * Imports programmes and their contributions in one transaction: a programme is matched by its
 * source record, a contribution by its own. Rolled back on a dry run, and when a record is
 * refused unless `applyValid`; then the ids of records it would create are null.
 */
export async function importProgrammes(
  dataSource: DataSource,
  records: readonly ProgrammeRecord[],
  options: ImportOptions,
): Promise<ProgrammeImportResult[]> {
  const checked = checkRecords(records);
  try {
    return await inTransaction(dataSource, async (manager) => {
      const results: ProgrammeImportResult[] = [];
      for (const record of checked) results.push(...(await importRecord(manager, record)));
      const refused = results.some((result) => result.change === 'REFUSED');
      if (options.dryRun || (refused && !options.applyValid)) throw new RolledBack(results);
      return results;
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return error.results.map((result) => (result.change === 'CREATED' ? { ...result, id: null } : result));
  }
}

async function importRecord(manager: EntityManager, record: CheckedRecord): Promise<ProgrammeImportResult[]> {
  const { programme } = record;
  if (!programme.ok) {
    const refusal = { reason: `its programme is refused (${programme.field}: ${programme.reason})`, field: programme.field };
    return [
      refused('PROGRAMME', record.key, programme),
      ...record.contributions.map(({ key, checked }) => refused('CONTRIBUTION', key, checked.ok ? refusal : checked)),
    ];
  }
  const result = await importProgramme(manager, programme.value);
  const programmeId = result.id!;
  const contributions: ProgrammeImportResult[] = [];
  for (const { key, path, checked } of record.contributions) {
    contributions.push(
      checked.ok ? await importContribution(manager, programmeId, checked.value, path) : refused('CONTRIBUTION', key, checked),
    );
  }
  return [result, ...contributions];
}

async function importProgramme(manager: EntityManager, imported: ImportedProgramme): Promise<ProgrammeImportResult> {
  const source: SourceRecord = imported.source;
  const participants = distinctParticipants(imported.participants);
  const countryCodes = [...new Set(imported.countryCodes ?? [])];
  const stored = await manager.getRepository(Programme).findOneBy({ sourceSystem: source.system, sourceId: source.id });
  const fields = (base: Pick<ProgrammeFields, 'aliases' | 'parentId' | 'supportsId'>): ProgrammeFields => ({
    ...base,
    name: imported.name,
    acronym: imported.acronym ?? null,
    kind: imported.kind,
    description: imported.description ?? null,
    startDate: imported.startDate ?? null,
    endDate: imported.endDate ?? null,
    source,
  });
  const result = (change: ImportChange, id: string, reason: string | null = null): ProgrammeImportResult => ({
    key: imported.key,
    kind: 'PROGRAMME',
    change,
    id,
    reason,
    field: null,
  });
  if (!stored) {
    const id = randomUUID();
    await insertProgramme(manager, { id, ...fields({ aliases: [], parentId: null, supportsId: null }), countryCodes, participants });
    return result('CREATED', id);
  }
  const comparison = compareSourceVersions(stored.sourceVersion, source.version);
  if (comparison === 'same') return result('UNCHANGED', stored.id);
  if (comparison === 'older') return result('UNCHANGED', stored.id, OLDER);

  const incoming = fields(stored);
  const reads = new ProgrammeReads(manager);
  // one after the other: a transaction is one connection
  const storedCountries = await reads.countriesOf([stored.id]);
  const storedParticipants = await reads.participantsOf([stored.id]);
  // the source's version aside, does anything differ from what is stored?
  const columnsChanged = differs(
    programmeColumnsOf({ ...incoming, source: null }),
    programmeColumnsOf({ ...incoming, ...storedFacts(stored) }),
  );
  const countriesChanged = differs(
    storedCountries.map((row) => row.countryCode),
    countryCodes,
  );
  const participantsChanged = differs(participantKeys(storedParticipants), participantKeys(participants));
  if (!columnsChanged && !countriesChanged && !participantsChanged) {
    await manager.getRepository(Programme).update(stored.id, sourceColumnsOf(source));
    return result('UNCHANGED', stored.id);
  }
  await updateProgramme(manager, stored.id, incoming);
  if (countriesChanged) await replaceCountries(manager, stored.id, countryCodes);
  if (participantsChanged) await replaceParticipants(manager, stored.id, participants);
  return result('UPDATED', stored.id);
}

/** The facts of a stored programme that an import replaces, its source left out. */
function storedFacts(stored: Programme): Omit<ProgrammeFields, 'aliases' | 'parentId' | 'supportsId'> {
  return {
    name: stored.name,
    acronym: stored.acronym,
    kind: stored.kind,
    description: stored.description,
    startDate: stored.startDate,
    endDate: stored.endDate,
    source: null,
  };
}

async function importContribution(
  manager: EntityManager,
  programmeId: string,
  imported: ImportedContribution,
  path: string,
): Promise<ProgrammeImportResult> {
  const source: SourceRecord = imported.source;
  const result = (
    change: ImportChange,
    id: string | null,
    reason: string | null = null,
    field: string | null = null,
  ): ProgrammeImportResult => ({
    key: imported.key,
    kind: 'CONTRIBUTION',
    change,
    id,
    reason,
    field,
  });
  const stored = await new ContributionReads(manager).findBySource(source.system, source.id);
  const { amount, currency } = imported.amount;
  if (!stored) {
    const input = { programmeId, donorId: imported.donorId, amount, currency, status: imported.status, date: imported.date ?? null };
    const recorded = await recordContribution(manager, randomUUID(), { ...input, sourceRecord: source });
    return result('CREATED', recorded.id);
  }
  if (stored.programmeId !== programmeId) {
    return result('REFUSED', null, 'this source record was imported for another programme', `${path}.source`);
  }
  const comparison = compareSourceVersions(stored.sourceRecord?.version ?? null, source.version);
  if (comparison === 'same') return result('UNCHANGED', stored.id);
  if (comparison === 'older') return result('UNCHANGED', stored.id, OLDER);

  const changes: ContributionChanges = {};
  if (stored.donorId !== imported.donorId) changes.donorId = imported.donorId;
  if (stored.amountMinor !== toMinorUnits(amount, currency) || stored.currency !== currency) Object.assign(changes, { amount, currency });
  if (stored.status !== imported.status) changes.status = imported.status;
  if (stored.date !== (imported.date ?? null)) changes.date = imported.date ?? null;
  if (changes.status && !isForwardOrSame(stored.status, changes.status)) {
    const reason = `a contribution's status only moves forward (PLEDGED → COMMITTED → PAID); this one is ${stored.status}`;
    return result('REFUSED', null, reason, `${path}.status`);
  }
  if (!Object.keys(changes).length) {
    await manager.getRepository(Contribution).update(stored.id, sourceColumnsOf(source));
    return result('UNCHANGED', stored.id);
  }
  const updated = await changeContribution(manager, stored, { ...changes, sourceRecord: source });
  return result('UPDATED', updated.id);
}

function refused(kind: ProgrammeImportResult['kind'], key: string, refusal: { reason: string; field: string }): ProgrammeImportResult {
  return { key, kind, change: 'REFUSED', id: null, reason: refusal.reason, field: refusal.field };
}

/** Participants as a set: each (organisation, role) once, in the order first listed. */
function distinctParticipants(participants: readonly { organisationId: string; role: ParticipationRole }[]): ParticipantFields[] {
  const seen = new Map<string, ParticipantFields>();
  for (const { organisationId, role } of participants) seen.set(`${organisationId}|${role}`, { organisationId, role, note: null });
  return [...seen.values()];
}

const participantKeys = (participants: readonly { organisationId: string; role: string }[]) =>
  participants.map((row) => `${row.organisationId}|${row.role}`).sort();

const differs = (left: unknown, right: unknown) => JSON.stringify(left) !== JSON.stringify(right);
