import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, updateIfVersion } from '@passerelle/db';
import { assertUpdated, badUserInput, notFound } from '@passerelle/subgraph-kit';
import { Contribution, isForwardOrSame } from './contribution.entity';
import { recordContributionEvent } from './contribution-events';
import { minorUnitsOf, type RecordContributionInput, type UpdateContributionInput } from './contribution-input';
import { ContributionReads, type ContributionRecord } from './contribution-reads';
import type { SourceRecord } from '@passerelle/subgraph-kit';
import { sourceColumnsOf } from '../imports/source-columns';
import { Programme } from '../programmes/programme.entity';

/**
 * Writes to contributions, each in one transaction with its event (the change feed's
 * outbox): all of it is saved, or none. Input has
 * passed its zod schema already. The donor is an id of the organisations service, which this
 * service cannot read: it is checked for shape only, and an unknown id resolves to null
 * through the gateway.
 */
export class ContributionWrites {
  constructor(private readonly dataSource: DataSource) {}

  record(input: RecordContributionInput): Promise<ContributionRecord> {
    return inTransaction(this.dataSource, (manager) => recordContribution(manager, randomUUID(), input));
  }

  /**
   * Applies the change only if the contribution is still at `expectedVersion`. The status
   * rule is checked against that version, and the conditional UPDATE guarantees the row
   * has not moved on between that check and the write.
   */
  update(id: string, input: UpdateContributionInput, expectedVersion: number): Promise<ContributionRecord> {
    return inTransaction(this.dataSource, async (manager) => {
      const [current] = await new ContributionReads(manager).findByIds([id]);
      if (!current) throw notFound('Contribution', id);
      if (current.version !== expectedVersion) assertUpdated('stale', 'Contribution', id, expectedVersion);
      if (input.status && !isForwardOrSame(current.status, input.status)) {
        const message = `a contribution's status only moves forward (PLEDGED → COMMITTED → PAID); this one is ${current.status}`;
        throw badUserInput('input.status', message);
      }
      return changeContribution(manager, current, input);
    });
  }
}

/** What a contribution is recorded from: the input of `recordContribution`, and for an import its source record. */
export type ContributionInsert = RecordContributionInput & { sourceRecord?: SourceRecord | null };

/** Changes to a contribution: those `updateContribution` takes, and for an import its source record. */
export type ContributionChanges = UpdateContributionInput & { sourceRecord?: SourceRecord | null };

/** `recordContribution` in the caller's transaction: the contribution under a given id, with its event. */
export async function recordContribution(manager: EntityManager, id: string, input: ContributionInsert): Promise<ContributionRecord> {
  const recorded = await insertContribution(manager, id, input);
  await recordContributionEvent(manager, 'contribution.recorded', recorded);
  return recorded;
}

/**
 * `updateContribution` in the caller's transaction, once its rules are checked: the changes,
 * provided the row is still at the version `current` was read at, and the event.
 */
export async function changeContribution(
  manager: EntityManager,
  current: ContributionRecord,
  changes: ContributionChanges,
): Promise<ContributionRecord> {
  const outcome = await updateIfVersion(manager, Contribution, current.id, current.version, changesOf(changes));
  assertUpdated(outcome, 'Contribution', current.id, current.version);
  const updated = await readBack(manager, current.id);
  await recordContributionEvent(manager, 'contribution.updated', updated);
  return updated;
}

/**
 * Adds a contribution under a given id, in the caller's transaction and without an event:
 * the one mapping from input to row, for `recordContribution` and the seed alike.
 */
export async function insertContribution(manager: EntityManager, id: string, input: ContributionInsert): Promise<ContributionRecord> {
  const programmeExists = await manager.getRepository(Programme).existsBy({ id: input.programmeId });
  if (!programmeExists) throw badUserInput('input.programmeId', `no programme has the id ${JSON.stringify(input.programmeId)}`);
  const amountMinor = minorUnitsOf(input);
  await manager.getRepository(Contribution).insert({
    id,
    programmeId: input.programmeId,
    donorId: input.donorId,
    amountMinor: amountMinor === null ? null : amountMinor.toString(),
    currency: amountMinor === null ? null : input.currency!,
    status: input.status,
    contributedOn: input.date ?? null,
    sortDate: input.date ?? '',
    source: input.source ?? null,
    excerpt: input.excerpt ?? null,
    ...sourceColumnsOf(input.sourceRecord ?? null),
  });
  return readBack(manager, id);
}

/** The columns an update sets: only those of the fields the input names. */
function changesOf(input: ContributionChanges): Partial<Contribution> {
  const changes: Partial<Contribution> = {};
  if (input.donorId !== undefined) changes.donorId = input.donorId;
  if (input.amount !== undefined) {
    const amountMinor = minorUnitsOf(input);
    changes.amountMinor = amountMinor === null ? null : amountMinor.toString();
    changes.currency = amountMinor === null ? null : input.currency!;
  }
  if (input.status !== undefined) changes.status = input.status;
  if (input.date !== undefined) {
    changes.contributedOn = input.date;
    changes.sortDate = input.date ?? '';
  }
  if (input.source !== undefined) changes.source = input.source;
  if (input.excerpt !== undefined) changes.excerpt = input.excerpt;
  if (input.sourceRecord !== undefined) Object.assign(changes, sourceColumnsOf(input.sourceRecord));
  return changes;
}

async function readBack(manager: EntityManager, id: string): Promise<ContributionRecord> {
  const [row] = await new ContributionReads(manager).findByIds([id]);
  return row!;
}
