import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, updateIfVersion } from '@passerelle/db';
import { assertUpdated, badUserInput, notFound } from '@passerelle/subgraph-kit';
import { Contribution, isForwardOrSame } from './contribution.entity';
import { recordContributionEvent } from './contribution-events';
import { minorUnitsOf, type RecordContributionInput, type UpdateContributionInput } from './contribution-input';
import { ContributionReads, type ContributionRecord } from './contribution-reads';
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
    return inTransaction(this.dataSource, async (manager) => {
      const recorded = await insertContribution(manager, randomUUID(), input);
      await recordContributionEvent(manager, 'contribution.recorded', recorded);
      return recorded;
    });
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
      const outcome = await updateIfVersion(manager, Contribution, id, expectedVersion, changesOf(input));
      assertUpdated(outcome, 'Contribution', id, expectedVersion);
      const updated = await readBack(manager, id);
      await recordContributionEvent(manager, 'contribution.updated', updated);
      return updated;
    });
  }
}

/**
 * Adds a contribution under a given id, in the caller's transaction and without an event:
 * the one mapping from input to row, for `recordContribution` and the seed alike.
 */
export async function insertContribution(manager: EntityManager, id: string, input: RecordContributionInput): Promise<ContributionRecord> {
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
  });
  return readBack(manager, id);
}

/** The columns an update sets: only those of the fields the input names. */
function changesOf(input: UpdateContributionInput): Partial<Contribution> {
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
  return changes;
}

async function readBack(manager: EntityManager, id: string): Promise<ContributionRecord> {
  const [row] = await new ContributionReads(manager).findByIds([id]);
  return row!;
}
