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
  const unprintable = stringsWithUnprintables(value, []);
  const result = unprintable.length ? null : schema.safeParse(value);
  if (result?.success) return result.data;
  const issues = result ? result.error.issues : unprintable;
  const problems = issues.map((issue) => ({
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

/*
 * Characters no stored text may hold, whatever the field: C0 controls (NUL, BEL, ESC, \u000b…)
 * and DEL, which XML 1.0 cannot carry and terminals interpret; U+FFFE and U+FFFF; a
 * surrogate without its pair. Every string of every input is checked before its schema,
 * so ids, URLs and filters are covered too. Only multi-line text keeps \t, \n and \r.
 */
const UNPRINTABLE_ANYWHERE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const UNPRINTABLE_MESSAGE = 'must not contain control characters (NUL, BEL, ESC, vertical tab…)';

function stringsWithUnprintables(value: unknown, path: (string | number)[]): { path: (string | number)[]; message: string }[] {
  if (typeof value === 'string') return UNPRINTABLE_ANYWHERE.test(value) ? [{ path, message: UNPRINTABLE_MESSAGE }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsWithUnprintables(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsWithUnprintables(item, [...path, key]));
  }
  return [];
}

const boundedText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Shared field rules, so every service validates the same things the same way. */
export const fields = {
  /** One line (a title, a name): no control character at all, tabs and line breaks included. */
  text: (max: number) =>
    boundedText(max).refine((value) => !LINE_BREAK_OR_TAB.test(value), { message: 'must be a single line: no tab or line break' }),
  /** Paragraphs (a description): tabs and line breaks allowed, no other control character. */
  multilineText: (max: number) => boundedText(max),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CD"')
    .refine(isKnownRegion, {
      message: 'is not an ISO 3166-1 country code',
    }),
  languageCode: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "fr"')
    .refine(isKnownLanguage, {
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
