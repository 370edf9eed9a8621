import type { SearchWord } from '../search-terms';
import type { TermIndex } from './term-index';

/**
 * A search as index terms: one clause per searched word, met by any of its terms (the
 * index terms it begins, or its singular: search-terms.ts); every clause must be met.
 */
export interface SearchPlan {
  clauses: string[][];
  /** Each term of any clause once, with whether it is an exact match (scores add up once per term). */
  scoredTerms: [term: string, exact: boolean][];
  /** Per clause, the terms that match it exactly; the others are loose (misspellings). */
  exactTerms: Set<string>[];
  hasLooseTerms: boolean;
}

export function searchPlanOf(words: readonly SearchWord[], index: TermIndex): SearchPlan {
  const clauses: string[][] = [];
  const exactTerms: Set<string>[] = [];
  const scored = new Map<string, boolean>();
  for (const word of words) {
    const exact = new Set(index.termsStartingWith(word.from));
    if (index.postingsOf(word.stem)) exact.add(word.stem);
    clauses.push([...exact]);
    exactTerms.push(exact);
    for (const term of exact) scored.set(term, true);
  }
  return { clauses, scoredTerms: [...scored], exactTerms, hasLooseTerms: false };
}
