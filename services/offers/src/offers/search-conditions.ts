import type { OfferCriteria } from './offer-filter';
import { clausesOf, distinctWordsOf, LOOSE_PENALTY } from './search-expansion';

/** Title words weigh five times body words. An integer, so equal scores compare exactly in cursors on both databases. */
export const TITLE_WEIGHT = 5;

/**
 * A search in SQL over rows of `offer_terms`, with the rules both read paths share
 * (search-expansion.ts): each clause met by one of its alternatives, each alternative by all
 * its words, each word by a term it begins or its singular (exact), or by one of the known
 * terms its misspelling may stand for (criteria.misspellings, loose). An offer's rows are
 * grouped: the conditions are aggregates over them.
 */
export interface SqlSearch {
  /** Rows of the alias that match some word of the search: what is grouped. */
  rows(alias: string): string;
  /** Over an offer's grouped rows: whether it meets every clause. */
  met(alias: string): string;
  /** Over an offer's grouped rows: its score, misspelt-only matches ranked below every exact one. */
  score(alias: string): string;
  parameters: Record<string, unknown>;
}

/** The criteria's search in SQL, or null when there is none (no search, or a search with no searchable word). */
export function sqlSearchOf(criteria: OfferCriteria): SqlSearch | null {
  if (!criteria.searchWords?.length) return null;
  const clauses = clausesOf(criteria.searchWords);
  const words = distinctWordsOf(clauses);
  const numberOf = new Map(words.map((word, index) => [word.from, index]));
  const parameters: Record<string, unknown> = {};
  const looseWords = new Set<number>();
  words.forEach((word, index) => {
    Object.assign(parameters, { [`searchFrom${index}`]: word.from, [`searchTo${index}`]: word.to, [`searchStem${index}`]: word.stem });
    const loose = criteria.misspellings[word.from];
    if (loose?.length) {
      parameters[`searchLoose${index}`] = loose;
      looseWords.add(index);
    }
  });
  const exact = (index: number, alias: string) =>
    `((${alias}.term >= :searchFrom${index} AND ${alias}.term < :searchTo${index}) OR ${alias}.term = :searchStem${index})`;
  const any = (index: number, alias: string) =>
    looseWords.has(index) ? `(${exact(index, alias)} OR ${alias}.term IN (:...searchLoose${index}))` : exact(index, alias);
  const everyClause = (alias: string, matches: (index: number, alias: string) => string) =>
    clauses
      .map(
        (alternatives) =>
          `(${alternatives
            .map(
              (alternative) =>
                `(${alternative.map((word) => `MAX(CASE WHEN ${matches(numberOf.get(word.from)!, alias)} THEN 1 ELSE 0 END) = 1`).join(' AND ')})`,
            )
            .join(' OR ')})`,
      )
      .join(' AND ');
  const sum = (alias: string) => `SUM(${alias}.title_hits * ${TITLE_WEIGHT} + ${alias}.body_hits)`;
  return {
    parameters,
    rows: (alias) => `(${words.map((_, index) => any(index, alias)).join(' OR ')})`,
    met: (alias) => everyClause(alias, any),
    score: (alias) =>
      looseWords.size ? `(${sum(alias)} - CASE WHEN ${everyClause(alias, exact)} THEN 0 ELSE ${LOOSE_PENALTY} END)` : sum(alias),
  };
}
