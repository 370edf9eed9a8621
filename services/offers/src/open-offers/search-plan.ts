import { SYNONYM_GROUPS } from '../synonyms';
import { searchWords, type SearchWord } from '../search-terms';
import type { TermIndex } from './term-index';

/**
 * A search as sets of index terms. Every clause must be met; a clause is met by any of its
 * alternatives, an alternative by all of its words, and a word by any of its terms: exact
 * ones (the index terms it begins, or its singular: search-terms.ts) or loose ones (index
 * terms within one edit of a word of 5 letters or more, two from 9). A searched phrase of a
 * synonym group (synonyms.ts) becomes one clause whose alternatives are the group's phrases.
 */
export interface SearchPlan {
  clauses: PlannedWord[][][];
}

export interface PlannedWord {
  exact: string[];
  loose: string[];
}

/** Words of at least this many letters forgive one edit; of at least LONG_WORD, two. */
const FORGIVING_FROM = 5;
const LONG_WORD = 9;

/** `forgiving`: misspellings and synonyms too; `today`: the SQL path's rules alone (the relevance test's baseline). */
export type SearchRules = 'forgiving' | 'today';

export function searchPlanOf(words: readonly SearchWord[], index: TermIndex, rules: SearchRules = 'forgiving'): SearchPlan {
  const plan = (word: SearchWord): PlannedWord => {
    const exact = new Set(index.termsStartingWith(word.from));
    if (index.postingsOf(word.stem)) exact.add(word.stem);
    const loose = rules === 'forgiving' ? [...new Set([...looseTermsOf(word.from, index), ...looseTermsOf(word.stem, index)])].filter((term) => !exact.has(term)) : [];
    return { exact: [...exact], loose };
  };
  const clauses = rules === 'forgiving' ? clausesOf(words) : words.map((word) => [[word]]);
  return { clauses: clauses.map((alternatives) => alternatives.map((alternative) => alternative.map(plan))) };
}

/** The search's words grouped into clauses: each synonym phrase found becomes one clause of the group's phrases. */
function clausesOf(words: readonly SearchWord[]): SearchWord[][][] {
  const clauses: SearchWord[][][] = [];
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

const GROUPS: SearchWord[][][] = SYNONYM_GROUPS.map((group) => group.map((phrase) => searchWords(phrase)).filter((phrase) => phrase.length));

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

const looseCache = new WeakMap<TermIndex, { generation: number; terms: Map<string, string[]> }>();

/** Index terms within the word's allowed edits (a misspelling), remembered until the index's terms change. */
function looseTermsOf(word: string, index: TermIndex): string[] {
  if (word.length < FORGIVING_FROM) return [];
  let cache = looseCache.get(index);
  if (!cache || cache.generation !== index.generation) {
    cache = { generation: index.generation, terms: new Map() };
    looseCache.set(index, cache);
  }
  const known = cache.terms.get(word);
  if (known) return known;
  const allowed = word.length >= LONG_WORD ? 2 : 1;
  const terms = index.allTerms().filter((term) => Math.abs(term.length - word.length) <= allowed && withinEdits(word, term, allowed));
  if (cache.terms.size > 10_000) cache.terms.clear();
  cache.terms.set(word, terms);
  return terms;
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
