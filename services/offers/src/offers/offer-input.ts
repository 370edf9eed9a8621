import { z } from '@passerelle/config';
import { fields } from '@passerelle/subgraph-kit';
import type * as Schema from '../generated/resolvers-types';
import { CONTRACT_TYPES } from './offer.entity';
import { cityKeyOf } from './offer-filter';

/*
 * What a client may send to write an offer. Organisation and programme ids belong to
 * other subgraphs, whose databases this service never reads: only their form is checked
 * here, and an id nobody knows resolves to null in the graph, as any reference does.
 */

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();

/** Ids as the graph makes them: slugs ("issss") or UUIDs. */
const entityId = fields.id.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be an id such as "unops": letters, digits and . _ : -');

const instant = z
  .date()
  .min(new Date('1990-01-01T00:00:00Z'), 'must be in 1990 or later')
  .max(new Date('2100-01-01T00:00:00Z'), 'must be before 2100');

/** An IANA zone name this runtime knows, stored as the runtime spells it ("africa/kinshasa" → "Africa/Kinshasa"). */
const timeZone = z
  .string()
  .max(64, 'must be at most 64 characters')
  .transform((zone, context) => {
    const canonical = /^[A-Za-z]/.test(zone) ? canonicalZone(zone) : null;
    if (!canonical) context.addIssue({ code: 'custom', message: 'must be an IANA time zone such as "Africa/Kinshasa"' });
    return canonical ?? zone;
  });

function canonicalZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * A list whose items may not repeat: the repeat is named by its index (and `keyField`).
 * zod runs this only once every item has the right type.
 */
function distinctList<Item extends z.ZodTypeAny>(
  item: Item,
  max: number,
  what: string,
  keyOf: (value: z.output<Item>) => string,
  keyField?: string,
) {
  return z
    .array(item)
    .max(max, `must list at most ${max} ${what}`)
    .superRefine((values, context) => {
      const seen = new Set<string>();
      values.forEach((value, index) => {
        const key = keyOf(value);
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', path: keyField ? [index, keyField] : [index], message: `repeats ${JSON.stringify(key)}` });
        }
        seen.add(key);
      });
    });
}

const dutyStation = z.strictObject({ city: fields.text(100), countryCode: fields.countryCode });
const language = z.strictObject({ code: fields.languageCode, required: z.boolean() });
const theme = z
  .string()
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "child-protection"');
const section = z.strictObject({ heading: optional(fields.text(200)), body: fields.multilineText(20_000) });

/** Fields a posting cannot do without: required to create, never cleared. */
const essentials = {
  title: fields.text(300),
  organisationId: entityId,
  organisationName: fields.text(200),
  contractType: z.enum(CONTRACT_TYPES),
  descriptionSections: z.array(section).min(1, 'must have at least one section').max(30, 'must have at most 30 sections'),
};

/** Fields with a default when creating (empty lists, one position, a draft); never null once stored. */
const defaulted = {
  programmeIds: distinctList(entityId, 20, 'programmes', (id) => id),
  positions: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  dutyStations: distinctList(dutyStation, 50, 'duty stations', (station) => `${cityKeyOf(station.city)}, ${station.countryCode}`),
  countryCodes: distinctList(fields.countryCode, 50, 'countries', (code) => code),
  themes: distinctList(theme, 20, 'themes', (slug) => slug),
  languages: distinctList(language, 20, 'languages', (requirement) => requirement.code, 'code'),
  status: z.enum(['DRAFT', 'OPEN'], { error: 'must be DRAFT or OPEN: close an offer with closeOffer' }),
};

/** Facts a posting may not state: null clears them. */
const nullable = {
  reference: optional(fields.text(100)),
  contractLabel: optional(fields.text(200)),
  grade: optional(fields.text(60)),
  durationMonths: optional(z.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120')),
  minExperienceYears: optional(z.number().int().min(0, 'must not be negative').max(50, 'must be at most 50')),
  education: optional(fields.multilineText(2000)),
  eligibility: optional(fields.multilineText(2000)),
  postedAt: optional(instant),
  deadline: optional(instant),
  deadlineTimeZone: optional(timeZone),
  deadlineStated: optional(fields.text(300)),
  applyUrl: optional(fields.httpUrl),
  sourceUrl: optional(fields.httpUrl),
  sourceLanguage: optional(fields.languageCode),
};

/** A new offer; unknown keys are refused. */
export const createOfferInput = z.strictObject({
  ...essentials,
  ...nullable,
  programmeIds: defaulted.programmeIds.nullish(),
  positions: defaulted.positions.nullish(),
  dutyStations: defaulted.dutyStations.nullish(),
  countryCodes: defaulted.countryCodes.nullish(),
  themes: defaulted.themes.nullish(),
  languages: defaulted.languages.nullish(),
  status: defaulted.status.nullish(),
}) satisfies z.ZodType<Schema.CreateOfferInput>;

/** In an update, a field that is never empty may be left out, but not sent as null. */
function kept<T extends z.ZodTypeAny>(schema: T) {
  return schema
    .nullable()
    .superRefine((value, context) => {
      if (value === null) context.addIssue({ code: 'custom', message: 'cannot be cleared: leave it out to keep it as it is' });
    })
    .transform((value) => value as z.output<T>)
    .optional();
}

function keptFields<Shape extends Record<string, z.ZodTypeAny>>(shape: Shape) {
  return Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, kept(schema)])) as {
    [Name in keyof Shape]: ReturnType<typeof kept<Shape[Name]>>;
  };
}

/** Every field optional: left out, it stays as it is; a nullable one set to null is cleared; a list set to [] is emptied. */
export const updateOfferInput = z
  .strictObject({ ...keptFields(essentials), ...keptFields(defaulted), ...nullable })
  .refine((input) => Object.keys(input).length > 0, {
    message: 'must change at least one field',
  }) satisfies z.ZodType<Schema.UpdateOfferInput>;

export type CreateOfferInput = z.infer<typeof createOfferInput>;
export type UpdateOfferInput = z.infer<typeof updateOfferInput>;
