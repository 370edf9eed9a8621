import { z } from '@passerelle/config';
import { CALENDAR_DATE_FORMS, fields, isCalendarDate, parseInput, sourceRecordInput } from '@passerelle/subgraph-kit';
import { GraphQLError } from 'graphql';
import { contributionFields, recordContributionInput, serviceId } from '../contributions/contribution-input';
import { PARTICIPATION_ROLES } from '../programmes/participation.entity';
import { PROGRAMME_KINDS } from '../programmes/programme.entity';

/*
 * The records `importProgrammes` takes, checked one by one: a bad record is refused with its
 * field (`records.0.contributions.2.amount.currency`) while the others go on. A programme's
 * contributions are checked apart from it, so that one bad transaction refuses only itself.
 */

const date = z.string().refine(isCalendarDate, { message: `must be ${CALENDAR_DATE_FORMS}` });

/** Whether `end` lies wholly before `start`, at the precision both have ("2016" is before "2017-03"; "2017" is not). */
export function endsBeforeStart(start: string, end: string): boolean {
  const precision = Math.min(start.length, end.length);
  return end.slice(0, precision) < start.slice(0, precision);
}

const importedProgramme = z
  .strictObject({
    key: z.string(),
    source: sourceRecordInput,
    name: fields.text(300),
    acronym: fields.text(40).nullish(),
    kind: z.enum(PROGRAMME_KINDS),
    description: fields.multilineText(20000).nullish(),
    countryCodes: z.array(fields.countryCode).max(250).nullish(),
    startDate: date.nullish(),
    endDate: date.nullish(),
    participants: z.array(z.strictObject({ organisationId: serviceId, role: z.enum(PARTICIPATION_ROLES) })).max(200),
  })
  .superRefine((programme, context) => {
    const { startDate, endDate } = programme;
    if (startDate && endDate && isCalendarDate(startDate) && isCalendarDate(endDate) && endsBeforeStart(startDate, endDate)) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before startDate (${startDate})` });
    }
  });

const importedContribution = z
  .strictObject({
    key: z.string(),
    source: sourceRecordInput,
    donorId: contributionFields.donorId,
    amount: z.strictObject({ amount: contributionFields.amount, currency: contributionFields.currency }),
    status: contributionFields.status,
    date: date.nullish(),
  })
  .superRefine((contribution, context) => {
    // the amount's rules are recordContribution's: positive, no more decimals than the currency has
    const checked = recordContributionInput.safeParse({
      programmeId: 'checked-elsewhere',
      donorId: 'checked-elsewhere',
      status: 'PAID',
      ...contribution.amount,
    });
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      if (issue.path[0] === 'amount') context.addIssue({ code: 'custom', path: ['amount', 'amount'], message: issue.message });
    }
  });

export type ImportedProgramme = z.infer<typeof importedProgramme>;
export type ImportedContribution = z.infer<typeof importedContribution>;

/** A record that passed its checks, or why it did not. */
export type Checked<Value> = { ok: true; value: Value } | { ok: false; reason: string; field: string };

function check<Value>(schema: z.ZodType<Value>, value: unknown, path: string): Checked<Value> {
  try {
    return { ok: true, value: parseInput(schema, value, path) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { field, problems } = error.extensions as { field: string; problems: { message: string }[] };
    return { ok: false, reason: problems[0]!.message, field };
  }
}

export interface CheckedRecord {
  key: string;
  /** Where it is in the arguments: `records.0`. */
  path: string;
  programme: Checked<ImportedProgramme>;
  contributions: { key: string; path: string; checked: Checked<ImportedContribution> }[];
}

/** Each record and each of its contributions checked on its own, named by its place in `records`. */
export function checkRecords(records: readonly { key: string; contributions: readonly { key: string }[] }[]): CheckedRecord[] {
  return records.map(({ contributions, ...programme }, index) => {
    const path = `records.${index}`;
    return {
      key: programme.key,
      path,
      programme: check(importedProgramme, programme, path),
      contributions: contributions.map((contribution, position) => {
        const contributionPath = `${path}.contributions.${position}`;
        return { key: contribution.key, path: contributionPath, checked: check(importedContribution, contribution, contributionPath) };
      }),
    };
  });
}
