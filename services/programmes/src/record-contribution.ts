import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badUserInput } from '@passerelle/subgraph-kit';
import { Contribution, type ContributionStatus } from './contribution.entity';
import type { ContributionRecord } from './contribution-store';
import { isCalendarDate } from './dates';
import { isCurrency } from './money/currencies';
import { AmountError, toMinorUnits } from './money/money';
import { Programme } from './programme.entity';

export interface RecordContributionInput {
  programmeId: string;
  donorId: string;
  amount?: string | null;
  currency?: string | null;
  status: ContributionStatus;
  date?: string | null;
  source?: string | null;
  excerpt?: string | null;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Checks every field, then saves in one transaction that also checks the programme exists.
 * The first bad field is refused with BAD_USER_INPUT naming it (`input.amount`); nothing is saved then.
 * The donor is an id of the organisations service, which this service cannot read: it is
 * checked for shape only, and an unknown id resolves to null through the gateway.
 */
export async function recordContribution(dataSource: DataSource, input: RecordContributionInput): Promise<ContributionRecord> {
  const record = validContribution(input);
  return dataSource.transaction(async (manager) => {
    const programmeExists = await manager.getRepository(Programme).existsBy({ id: record.programmeId });
    if (!programmeExists) throw badUserInput('input.programmeId', `no programme has the id ${JSON.stringify(record.programmeId)}`);
    await manager.getRepository(Contribution).insert({
      id: record.id,
      programmeId: record.programmeId,
      donorId: record.donorId,
      amountMinor: record.amountMinor === null ? null : record.amountMinor.toString(),
      currency: record.currency,
      status: record.status,
      contributedOn: record.date,
      sortDate: record.sortDate,
      source: record.source,
      excerpt: record.excerpt,
    });
    return record;
  });
}

function validContribution(input: RecordContributionInput): ContributionRecord {
  for (const field of ['programmeId', 'donorId'] as const) {
    if (!ID.test(input[field])) throw badUserInput(`input.${field}`, `${field} must be an id of at most 64 letters, digits and -_.:`);
  }
  const currency = input.currency ?? null;
  const amount = input.amount ?? null;
  if (currency !== null && !isCurrency(currency)) {
    throw badUserInput('input.currency', `${JSON.stringify(currency)} is not an ISO 4217 currency code (upper case, e.g. USD)`);
  }
  if ((amount === null) !== (currency === null)) {
    const missing = amount === null ? 'amount' : 'currency';
    throw badUserInput(`input.${missing}`, `amount and currency go together: give both, or neither when the amount is unknown`);
  }
  let amountMinor: bigint | null = null;
  try {
    amountMinor = amount === null ? null : toMinorUnits(amount, currency!);
  } catch (error) {
    if (error instanceof AmountError) throw badUserInput('input.amount', error.message);
    throw error;
  }
  const date = input.date ?? null;
  if (date !== null && !isCalendarDate(date)) {
    throw badUserInput('input.date', `date must be YYYY-MM-DD, or YYYY-MM when only the month is known; got ${JSON.stringify(date)}`);
  }
  if ((input.source?.length ?? 0) > 500) throw badUserInput('input.source', 'source may not exceed 500 characters');
  if ((input.excerpt?.length ?? 0) > 2000) throw badUserInput('input.excerpt', 'excerpt may not exceed 2000 characters');
  return {
    id: randomUUID(),
    programmeId: input.programmeId,
    donorId: input.donorId,
    amountMinor,
    currency,
    status: input.status,
    date,
    sortDate: date ?? '',
    source: input.source ?? null,
    excerpt: input.excerpt ?? null,
  };
}
