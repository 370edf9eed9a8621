import { z } from '@passerelle/config';
import { AmountError, CALENDAR_DATE_FORMS, fields, isCalendarDate, isCurrency, toMinorUnits } from '@passerelle/subgraph-kit';
import type * as Schema from '../generated/resolvers-types';
import { CONTRIBUTION_STATUSES } from './contribution.entity';

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();

/** Ids of this service and of the organisations service look alike: `fcs`, `gov-sweden`. */
export const serviceId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'must be an id of at most 64 letters, digits and -_.:');
const currency = z.string().refine(isCurrency, { message: 'must be an ISO 4217 currency code in upper case, e.g. USD' });
const date = z.string().refine(isCalendarDate, { message: `must be ${CALENDAR_DATE_FORMS}` });

export const contributionFields = {
  donorId: serviceId,
  amount: z.string().max(40, 'must be at most 40 characters'),
  currency,
  status: z.enum(CONTRIBUTION_STATUSES),
  date,
  source: fields.text(500),
  excerpt: fields.multilineText(2000),
};

/** What a client may send to record a contribution; unknown keys are refused. */
export const recordContributionInput = z
  .strictObject({
    programmeId: serviceId,
    donorId: contributionFields.donorId,
    amount: optional(contributionFields.amount),
    currency: optional(contributionFields.currency),
    status: contributionFields.status,
    date: optional(contributionFields.date),
    source: optional(contributionFields.source),
    excerpt: optional(contributionFields.excerpt),
  })
  .superRefine((input, context) => checkAmount(input, context, true)) satisfies z.ZodType<Schema.RecordContributionInput>;

/**
 * Every field optional: a field left out stays as it is, null clears it. `amount` and
 * `currency` change together; `donorId` and `status` cannot be cleared.
 */
export const updateContributionInput = z
  .strictObject({
    donorId: contributionFields.donorId.optional(),
    amount: optional(contributionFields.amount),
    currency: optional(contributionFields.currency),
    status: contributionFields.status.optional(),
    date: optional(contributionFields.date),
    source: optional(contributionFields.source),
    excerpt: optional(contributionFields.excerpt),
  })
  .superRefine((input, context) => {
    if (Object.keys(input).length === 0) context.addIssue({ code: 'custom', path: [], message: 'must change at least one field' });
    checkAmount(input, context, false);
  }) satisfies z.ZodType<Schema.UpdateContributionInput>;

export type RecordContributionInput = z.infer<typeof recordContributionInput>;
export type UpdateContributionInput = z.infer<typeof updateContributionInput>;

/** The amount in minor units, or null when unknown; only for input that passed `checkAmount`. */
export function minorUnitsOf(input: { amount?: string | null; currency?: string | null }): bigint | null {
  return input.amount && input.currency ? toMinorUnits(input.amount, input.currency) : null;
}

type PairState = 'absent' | 'null' | 'given';
const stateOf = (value: unknown): PairState => (value === undefined ? 'absent' : value === null ? 'null' : 'given');

/**
 * `amount` and `currency` must be alike: both given, both null (unknown amount) or, in an
 * update, both left out. The field named is the one missing from a given pair, else the
 * one left out. zod runs this even when a field failed its own check, so it looks only at
 * what is usable.
 */
function checkAmount(input: { amount?: unknown; currency?: unknown }, context: z.RefinementCtx, absentMeansNull: boolean): void {
  const normalise = (value: unknown) => (absentMeansNull && value === undefined ? null : value);
  const amount = stateOf(normalise(input.amount));
  const currency = stateOf(normalise(input.currency));
  if (amount !== currency) {
    const missing = amount === 'given' || currency === 'absent' ? 'currency' : 'amount';
    const message = 'amount and currency go together: give both, or null for both when the amount is unknown';
    context.addIssue({ code: 'custom', path: [missing], message });
    return;
  }
  if (amount !== 'given' || typeof input.amount !== 'string' || typeof input.currency !== 'string') return;
  if (!isCurrency(input.currency)) return;
  try {
    toMinorUnits(input.amount, input.currency);
  } catch (error) {
    if (!(error instanceof AmountError)) throw error;
    context.addIssue({ code: 'custom', path: ['amount'], message: error.message });
  }
}
