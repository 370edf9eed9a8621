import { SYNONYM_GROUPS } from './synonyms';
import { searchWords, type SearchWord } from './search-terms';

/*
 * What a search's words stand for beyond themselves, one set of rules for both read paths
 * (open offers in memory, the archive in SQL), so a search means the same whatever its status
 * filter: a phrase of a synonym group (synonyms.ts) stands for every phrase of its group, and
 * a word of 5 letters or more for the known terms within one edit (two from 9 letters), which
 * rank below exact matches.
 *
 * A search is a list of clauses, all to be met; a clause is met by any of its alternatives,
 * an alternative by all of its words.
 */
export type SearchClauses = SearchWord[][][];

/** Words of at least this many letters forgive one edit; of at least LONG_WORD, two. */
const FORGIVING_FROM = 5;
const LONG_WORD = 9;

/** The search's words grouped into clauses: each synonym phrase found becomes one clause of the group's phrases. */
export function clausesOf(words: readonly SearchWord[]): SearchClauses {
  const clauses: SearchClauses = [];
  let position = 0;
  while (position < words.length) {
    const found = synonymAt(words, position);
    if (found) {
      clauses.push(found.alternatives);
      position += found.length;
    } else {
      clauses.push([[words[position]!]]);
      position += 1;
    }
  }
  return clauses;
}

/** Each word once, whatever clause or alternative it appears in (by its beginning `from`). */
export function distinctWordsOf(clauses: SearchClauses): SearchWord[] {
  return [...new Map(clauses.flat(2).map((word) => [word.from, word])).values()];
}

const GROUPS: SearchWord[][][] = SYNONYM_GROUPS.map((group) =>
  group.map((phrase) => searchWords(phrase)).filter((phrase) => phrase.length),
);

/** The longest synonym phrase the search has at `position`, as its group's phrases. */
function synonymAt(words: readonly SearchWord[], position: number): { length: number; alternatives: SearchWord[][] } | null {
  let best: { length: number; alternatives: SearchWord[][] } | null = null;
  for (const group of GROUPS) {
    for (const phrase of group) {
      if (phrase.length <= (best?.length ?? 0)) continue;
      const matches = phrase.every((word, offset) => words[position + offset]?.stem === word.stem);
      if (matches) best = { length: phrase.length, alternatives: group };
    }
  }
  return best;
}

/** Whether a term matches the word exactly: it begins with the word as typed, or is its singular. */
export function isExactTerm(word: SearchWord, term: string): boolean {
  return term.startsWith(word.from) || term === word.stem;
}

/**
 * The terms a misspelt `word` may stand for: those within its allowed edits of the word as
 * typed or of its singular, found by `within` among the terms a path knows, less the exact ones.
 */
export function looseTermsOf(word: SearchWord, within: (spelling: string) => readonly string[]): string[] {
  const found = new Set([...within(word.from), ...within(word.stem)]);
  return [...found].filter((term) => !isExactTerm(word, term));
}

/** The terms among `terms` within the edits a spelling allows (none under 5 letters). */
export function termsWithinEdits(spelling: string, terms: readonly string[]): string[] {
  const allowed = allowedEdits(spelling);
  if (!allowed) return [];
  return terms.filter((term) => Math.abs(term.length - spelling.length) <= allowed && withinEdits(spelling, term, allowed));
}

export function allowedEdits(spelling: string): number {
  return spelling.length >= LONG_WORD ? 2 : spelling.length >= FORGIVING_FROM ? 1 : 0;
}

/** Whether `a` becomes `b` in at most `allowed` insertions, deletions, substitutions or swaps of neighbours. */
export function withinEdits(a: string, b: string, allowed: number): boolean {
  if (a === b) return true;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let best = current[0];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > allowed) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= allowed;
}

/** Offers matched only through a misspelling score this much less: below every exact match, still in their own order. */
export const LOOSE_PENALTY = 1_000_000;
