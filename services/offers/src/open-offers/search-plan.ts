import { clausesOf, looseTermsOf, termsWithinEdits } from '../offers/search-expansion';
import type { SearchWord } from '../offers/search-terms';
import type { TermIndex } from './term-index';

/**
 * A search as sets of the model's index terms. The clauses and what a word stands for are
 * the rules both read paths share (search-expansion.ts); here each word gets its exact terms
 * (the index terms it begins, or its singular: search-terms.ts) and its loose ones (index
 * terms within its allowed edits).
 */
export interface SearchPlan {
  clauses: PlannedWord[][][];
}

export interface PlannedWord {
  exact: string[];
  loose: string[];
}

/** `forgiving`: misspellings and synonyms too; `today`: the former rules alone (the relevance test's baseline). */
export type SearchRules = 'forgiving' | 'today';

export function searchPlanOf(words: readonly SearchWord[], index: TermIndex, rules: SearchRules = 'forgiving'): SearchPlan {
  const plan = (word: SearchWord): PlannedWord => {
    const exact = new Set(index.termsStartingWith(word.from));
    if (index.postingsOf(word.stem)) exact.add(word.stem);
    const loose = rules === 'forgiving' ? looseTermsOf(word, (spelling) => misspeltTermsOf(spelling, index)) : [];
    return { exact: [...exact], loose };
  };
  const clauses = rules === 'forgiving' ? clausesOf(words) : words.map((word) => [[word]]);
  return { clauses: clauses.map((alternatives) => alternatives.map((alternative) => alternative.map(plan))) };
}

const looseCache = new WeakMap<TermIndex, { generation: number; terms: Map<string, readonly string[]> }>();

/** Index terms within a spelling's allowed edits, remembered until the index's terms change. */
export function misspeltTermsOf(spelling: string, index: TermIndex): readonly string[] {
  let cache = looseCache.get(index);
  if (!cache || cache.generation !== index.generation) {
    cache = { generation: index.generation, terms: new Map() };
    looseCache.set(index, cache);
  }
  const known = cache.terms.get(spelling);
  if (known) return known;
  const terms = termsWithinEdits(spelling, index.allTerms());
  if (cache.terms.size > 10_000) cache.terms.clear();
  cache.terms.set(spelling, terms);
  return terms;
}
