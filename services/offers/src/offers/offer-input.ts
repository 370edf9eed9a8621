import { z } from '@passerelle/config';
import { changesInput, fields, inputDefinition, newRecordInput } from '@passerelle/subgraph-kit';
import { offersTypeDefs } from '../type-defs';
import type * as Schema from '../generated/resolvers-types';
import { Offer } from './offer.entity';
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

/**
 * The fields that need more than their scalar's default (a String as long as its column, an
 * Int, an enum's values; see subgraph-kit's input-shape): a new plain field needs no line here.
 */
const rules = {
  organisationId: entityId,
  descriptionSections: z.array(section).min(1, 'must have at least one section').max(30, 'must have at most 30 sections'),
  programmeIds: distinctList(entityId, 20, 'programmes', (id) => id),
  positions: z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'),
  dutyStations: distinctList(dutyStation, 50, 'duty stations', (station) => `${cityKeyOf(station.city)}, ${station.countryCode}`),
  countryCodes: distinctList(fields.countryCode, 50, 'countries', (code) => code),
  themes: distinctList(theme, 20, 'themes', (slug) => slug),
  languages: distinctList(language, 20, 'languages', (requirement) => requirement.code, 'code'),
  status: z.enum(['DRAFT', 'OPEN'], { error: 'must be DRAFT or OPEN: close an offer with closeOffer' }),
  durationMonths: z.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120'),
  minExperienceYears: z.number().int().min(0, 'must not be negative').max(50, 'must be at most 50'),
  deadlineTimeZone: timeZone,
  applyUrl: fields.httpUrl,
  sourceUrl: fields.httpUrl,
  sourceLanguage: fields.languageCode,
};

const scalars = { DateTime: instant };

/** A new offer: a field left out or null is null (lists empty, one position, a draft: see offer-columns.ts); unknown keys are refused. */
export const createOfferInput = newRecordInput(
  inputDefinition<Schema.CreateOfferInput, Offer>(offersTypeDefs, 'CreateOfferInput', { entity: Offer, scalars }),
  rules,
) satisfies z.ZodType<Schema.CreateOfferInput>;

/**
 * Every field optional: left out, it stays as it is; a field whose column may be null is cleared
 * by null; any other refuses null; a list set to [] is emptied.
 */
export const updateOfferInput = changesInput(
  inputDefinition<Schema.UpdateOfferInput, Offer>(offersTypeDefs, 'UpdateOfferInput', { entity: Offer, scalars }),
  rules,
) satisfies z.ZodType<Schema.UpdateOfferInput>;

export type CreateOfferInput = z.infer<typeof createOfferInput>;
export type UpdateOfferInput = z.infer<typeof updateOfferInput>;
