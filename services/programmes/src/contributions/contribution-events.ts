import type { EntityManager } from 'typeorm';
import { recordEvent } from '@passerelle/outbox';
import type { ContributionRecord } from './contribution-reads';
import { money, type Money } from '@passerelle/subgraph-kit';

/** What a contribution event says: the contribution as written, its amount exact. */
export interface ContributionEventData {
  id: string;
  programmeId: string;
  donorId: string;
  amount: Money | null;
  status: string;
  date: string | null;
}

/**
 * Writes `contribution.recorded` or `contribution.updated` in the transaction of the write,
 * after the write has its row (an update holds its lock), so one contribution's events are
 * numbered in the order they happened.
 */
export function recordContributionEvent(
  manager: EntityManager,
  type: 'contribution.recorded' | 'contribution.updated',
  row: ContributionRecord,
) {
  const data: ContributionEventData = {
    id: row.id,
    programmeId: row.programmeId,
    donorId: row.donorId,
    amount: row.amountMinor === null || row.currency === null ? null : money(row.amountMinor, row.currency),
    status: row.status,
    date: row.date,
  };
  return recordEvent(manager, { service: 'programmes', type, subject: row.id, version: row.version, data });
}
