import { z } from '@passerelle/config';
import { fields } from '@passerelle/subgraph-kit';
import type * as Schema from '../generated/resolvers-types';
import { identifiersInput } from './organisation-identifiers';
import { ORGANISATION_KINDS } from './organisation.entity';

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();
const aliases = z.array(fields.text(200)).max(30, 'must list at most 30 aliases');

/** What a client may send to create an organisation; unknown keys are refused. What it yields fits the schema's input type. */
export const createOrganisationInput = z.strictObject({
  name: fields.text(200),
  kind: z.enum(ORGANISATION_KINDS),
  acronym: optional(fields.text(40)),
  aliases: optional(aliases),
  parentId: optional(fields.id),
  countryCode: optional(fields.countryCode),
  website: optional(fields.httpUrl),
  description: optional(fields.multilineText(10_000)),
  identifiers: optional(identifiersInput),
}) satisfies z.ZodType<Schema.CreateOrganisationInput>;

/** Every field optional; `name`, `kind` and `aliases` cannot be cleared. */
export const updateOrganisationInput = z
  .strictObject({
    name: fields.text(200).optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    acronym: optional(fields.text(40)),
    aliases: aliases.optional(),
    parentId: optional(fields.id),
    countryCode: optional(fields.countryCode),
    website: optional(fields.httpUrl),
    description: optional(fields.multilineText(10_000)),
    identifiers: optional(identifiersInput),
  })
  .refine((input) => Object.keys(input).length > 0, {
    message: 'must change at least one field',
  }) satisfies z.ZodType<Schema.UpdateOrganisationInput>;

export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationInput>;
