import { foldForSearch } from '@passerelle/db';

/**
 * What a searchable word is, decided here once for indexing and for queries, so that
 * MySQL and SQLite, which only compare the resulting strings byte-wise, answer alike.
 *
 * Text is folded (lower case, no accents, œ as oe), split on anything that is not a letter or a
 * digit (so "l'enfance" gives "l" and "enfance"), stripped of one-letter words (French
 * elisions) and of French and English function words. The index holds each word reduced
 * by a minimal plural rule (a final "s" after four letters: "postes" → "poste"); a
 * searched word matches the index terms it begins, or its own reduced form, so "femmes"
 * finds "femme" and "stabilis" finds "stabilisation" (but not "stabilité").
 */

// Folded, as they are compared.
const STOPWORDS = new Set([
  // French
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'cet',
  'cette',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'elles',
  'en',
  'est',
  'et',
  'etre',
  'il',
  'ils',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'lui',
  'mais',
  'ne',
  'nos',
  'notre',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sont',
  'sur',
  'un',
  'une',
  'vos',
  'votre',
  // English
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'has',
  'have',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'this',
  'to',
  'was',
  'were',
  'will',
  'with',
]);

/** Longer words are not indexed (the column holds 64 characters); no real word comes close. */
export const MAX_TERM_LENGTH = 64;

/** The words of a text as the index holds them. */
export function wordsOf(text: string): string[] {
  return significantWords(text).map(singular);
}

function significantWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && word.length <= MAX_TERM_LENGTH && !STOPWORDS.has(word));
}

function singular(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export interface TermCount {
  term: string;
  titleHits: number;
  bodyHits: number;
}

/** The index rows for one offer: each distinct word with its count in the title and in the body. */
export function termCountsOf(title: string, body: string): TermCount[] {
  const counts = new Map<string, TermCount>();
  const add = (words: string[], field: 'titleHits' | 'bodyHits') => {
    for (const term of words) {
      const count = counts.get(term) ?? { term, titleHits: 0, bodyHits: 0 };
      count[field] += 1;
      counts.set(term, count);
    }
  };
  add(wordsOf(title), 'titleHits');
  add(wordsOf(body), 'bodyHits');
  return [...counts.values()];
}

export interface SearchWord {
  /** Index terms in [from, to) begin with the word as typed: "stabilis" finds "stabilisation". */
  from: string;
  to: string;
  /** The index term the word is when whole: "femmes" is indexed as "femme". */
  stem: string;
}

/** A search's distinct words, each to be matched by its beginning or as a whole word; byte-wise on both databases. */
export function searchWords(search: string): SearchWord[] {
  return [...new Set(significantWords(search))].map((word) => ({ from: word, to: successor(word), stem: singular(word) }));
}

/** The smallest string greater than every string that starts with `prefix`. */
function successor(prefix: string): string {
  const characters = [...prefix];
  const last = characters.pop()!.codePointAt(0)!;
  return characters.join('') + String.fromCodePoint(last + 1);
}
