import { z } from '@passerelle/config';
import { fields } from '@passerelle/subgraph-kit';
import type * as Schema from '../generated/resolvers-types';

/*
 * The identifiers other systems give an organisation, one scheme each: what a value must look
 * like, and the one form it is stored and looked up in, so that "UNOPS.org" finds unops.org.
 */

export const IDENTIFIER_SCHEMES = ['IATI', 'RELIEFWEB', 'FTS', 'DOMAIN'] as const satisfies readonly Schema.IdentifierScheme[];
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export interface OrganisationIdentifier {
  scheme: IdentifierScheme;
  value: string;
}

/**
 * An IATI organisation identifier: a registration agency's code from the IATI codelist (a
 * country or XM/XI, a hyphen, the agency: XM-DAC, GB-COH, US-EIN), a hyphen, then the id the
 * agency gives (XM-DAC-41114). IATI's rules exclude spaces, '/', '&', '|' and '?'.
 */
const IATI_ORGANISATION = /^([A-Za-z]{2}-[A-Za-z0-9]+)-([A-Za-z0-9][A-Za-z0-9._:()-]*)$/;
/** A host name of at least two labels, each 1 to 63 letters, digits or inner hyphens, the last not all digits. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?!\d+$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** ReliefWeb and FTS number their records from 1. */
const POSITIVE_INTEGER = /^0*[1-9]\d{0,11}$/;

const RULES: Record<IdentifierScheme, { form: RegExp; normal: (value: string) => string; message: string }> = {
  IATI: {
    form: IATI_ORGANISATION,
    normal: (value) => value.replace(IATI_ORGANISATION, (_, agency: string, id: string) => `${agency.toUpperCase()}-${id}`),
    message: 'must be an IATI organisation identifier: a registration agency, a hyphen and its id, e.g. "XM-DAC-41114"',
  },
  RELIEFWEB: {
    form: POSITIVE_INTEGER,
    normal: (value) => String(Number(value)),
    message: 'must be a ReliefWeb source id, a positive integer',
  },
  FTS: { form: POSITIVE_INTEGER, normal: (value) => String(Number(value)), message: 'must be an FTS organisation id, a positive integer' },
  DOMAIN: {
    form: HOST_NAME,
    normal: (value) => value.toLowerCase().replace(/\.$/, ''),
    message: 'must be a domain name such as "undp.org" (no scheme, path or port)',
  },
};

/** Why a value is not one of its scheme, or null when it is. */
export function identifierProblem(scheme: IdentifierScheme, value: string): string | null {
  const rule = RULES[scheme];
  const candidate = scheme === 'DOMAIN' ? rule.normal(value) : value;
  return rule.form.test(candidate) ? null : rule.message;
}

/** The stored form of a valid value: DOMAIN lower-cased, IATI's agency upper-cased, numbers without leading zeros. */
export function normalIdentifier({ scheme, value }: OrganisationIdentifier): OrganisationIdentifier {
  return { scheme, value: RULES[scheme].normal(value) };
}

export const identifierInput = z
  .strictObject({ scheme: z.enum(IDENTIFIER_SCHEMES), value: fields.text(200) })
  .superRefine((identifier, context) => {
    const problem = identifierProblem(identifier.scheme, identifier.value);
    if (problem) context.addIssue({ code: 'custom', path: ['value'], message: problem });
  })
  .transform(normalIdentifier);

/** At most 20 identifiers, none twice once normalised. */
export const identifiersInput = z
  .array(identifierInput)
  .max(20, 'must list at most 20 identifiers')
  .superRefine((identifiers, context) => {
    const seen = new Set<string>();
    identifiers.forEach((identifier, index) => {
      const key = identifierKey(identifier);
      if (seen.has(key))
        context.addIssue({ code: 'custom', path: [index, 'value'], message: `repeats ${identifier.scheme} ${identifier.value}` });
      seen.add(key);
    });
  });

/** One string per identifier, `IATI:XM-DAC-41114`, for maps and loaders; `identifierOfKey` reads it back. */
export const identifierKey = ({ scheme, value }: OrganisationIdentifier): string => `${scheme}:${value}`;

export function identifierOfKey(key: string): OrganisationIdentifier {
  const separator = key.indexOf(':');
  return { scheme: key.slice(0, separator) as IdentifierScheme, value: key.slice(separator + 1) };
}

/** Ordered as `Organisation.identifiers` lists them: by scheme, then value (byte-wise, as the databases order them). */
export function byIdentifierOrder(a: OrganisationIdentifier, b: OrganisationIdentifier): number {
  const first = a.scheme === b.scheme ? a.value : a.scheme;
  const second = a.scheme === b.scheme ? b.value : b.scheme;
  return first < second ? -1 : first > second ? 1 : 0;
}
