import { z } from '@passerelle/config';
import type { VersionedUpdateOutcome } from '@passerelle/db';
import { GraphQLError } from 'graphql';
import { ErrorCode, conflict, notFound } from './errors';

/**
 * Validates a mutation's input. The error names the first offending field as a path
 * (`input.countryCode`, `input.aliases.2`; with an empty `root`, the arguments themselves)
 * and lists every problem in `extensions.problems`.
 */
export function parseInput<Output>(schema: z.ZodType<Output>, value: unknown, root = 'input'): Output {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    field: [...(root ? [root] : []), ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const [first] = problems;
  throw new GraphQLError(`${first!.field}: ${first!.message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first!.field, problems },
  });
}

/** Turns a versioned update's outcome into the error a client should get. */
export function assertUpdated(outcome: VersionedUpdateOutcome, what: string, id: string, expectedVersion: number): void {
  if (outcome === 'missing') throw notFound(what, id);
  if (outcome === 'stale') {
    throw conflict(`${what} ${JSON.stringify(id)} has changed since version ${expectedVersion}; reload it and try again`, {
      field: 'expectedVersion',
    });
  }
}

/** Shared field rules, so every service validates the same things the same way. */
export const fields = {
  text: (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CD"').refine(isKnownRegion, {
    message: 'is not an ISO 3166-1 country code',
  }),
  languageCode: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "fr"').refine(isKnownLanguage, {
    message: 'is not an ISO 639-1 language code',
  }),
  httpUrl: z
    .string()
    .max(500, 'must be at most 500 characters')
    .refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), { message: 'must be an http(s) URL' }),
  id: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

// zod runs refinements even after the format check failed, and Intl throws on malformed codes.
function isKnownRegion(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== 'Unknown Region';
}

function isKnownLanguage(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}
