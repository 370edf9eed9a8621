import type { DataSource } from 'typeorm';
import { clausesOf, distinctWordsOf, looseTermsOf, termsWithinEdits } from './search-expansion';
import type { SearchWord } from './search-terms';
import { openOffersOf } from '../open-offers/open-offers';

/** How long the archive's terms are used before they are read again (another process's drafts reach this one's searches in that time). */
const READ_AGAIN_MS = 60_000;
/** Spellings whose misspelt terms are remembered, until the terms are read again. */
const REMEMBERED_SPELLINGS = 10_000;

/**
 * The distinct terms of `offer_terms` (every offer's words, the archive's and the drafts'),
 * which a misspelt search word is compared with on the SQL path. Read once and again every
 * READ_AGAIN_MS in the background; the terms this process writes join at once. Open offers'
 * terms come from the read model, which follows every process's writes.
 */
export class TermVocabulary {
  private known = new Set<string>();
  private byLength = new Map<number, string[]>();
  private readAt = 0;
  private reading: Promise<void> | null = null;
  private readonly remembered = new Map<string, readonly string[]>();

  constructor(private readonly dataSource: DataSource) {}

  /** The known terms within a spelling's allowed edits; `ready` must have been awaited. */
  misspeltTerms(spelling: string): readonly string[] {
    const known = this.remembered.get(spelling);
    if (known) return known;
    const candidates: string[] = [];
    for (let length = spelling.length - 2; length <= spelling.length + 2; length += 1)
      candidates.push(...(this.byLength.get(length) ?? []));
    const found = termsWithinEdits(spelling, candidates);
    if (this.remembered.size >= REMEMBERED_SPELLINGS) this.remembered.clear();
    this.remembered.set(spelling, found);
    return found;
  }

  /** Resolves once the terms have been read (the first time); later reads happen behind the searches. */
  async ready(): Promise<void> {
    if (!this.readAt) await this.read();
    else if (Date.now() - this.readAt > READ_AGAIN_MS) void this.read().catch(() => undefined);
  }

  /** Terms this process has just written. */
  add(terms: Iterable<string>): void {
    let added = false;
    for (const term of terms) {
      if (this.known.has(term)) continue;
      this.known.add(term);
      const sameLength = this.byLength.get(term.length);
      if (sameLength) sameLength.push(term);
      else this.byLength.set(term.length, [term]);
      added = true;
    }
    if (added) this.remembered.clear();
  }

  private read(): Promise<void> {
    this.reading ??= (async () => {
      const rows: { term: string }[] = await this.dataSource.query('SELECT DISTINCT term FROM offer_terms');
      const byLength = new Map<number, string[]>();
      for (const { term } of rows) {
        const sameLength = byLength.get(term.length);
        if (sameLength) sameLength.push(term);
        else byLength.set(term.length, [term]);
      }
      this.known = new Set(rows.map((row) => row.term));
      this.byLength = byLength;
      this.remembered.clear();
      this.readAt = Date.now();
    })().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }
}

const vocabularies = new WeakMap<DataSource, TermVocabulary>();

export function vocabularyOf(dataSource: DataSource): TermVocabulary {
  let vocabulary = vocabularies.get(dataSource);
  if (!vocabulary) {
    vocabulary = new TermVocabulary(dataSource);
    vocabularies.set(dataSource, vocabulary);
  }
  return vocabulary;
}

/**
 * What each word of a search (and of its synonyms) may stand for when misspelt, by the word's
 * beginning: the terms of the archive and of the open offers within its allowed edits.
 */
export async function misspellingsOf(dataSource: DataSource, words: readonly SearchWord[] | null): Promise<Record<string, string[]>> {
  if (!words?.length) return {};
  const vocabulary = vocabularyOf(dataSource);
  await vocabulary.ready();
  const model = openOffersOf(dataSource)?.model;
  const within = (spelling: string) => [...vocabulary.misspeltTerms(spelling), ...(model?.misspeltTerms(spelling) ?? [])];
  const misspellings: Record<string, string[]> = {};
  for (const word of distinctWordsOf(clausesOf(words))) {
    const loose = looseTermsOf(word, within);
    if (loose.length) misspellings[word.from] = loose;
  }
  return misspellings;
}
