import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../workspace';
import { offersCode } from './service-code';
import { SENTENCES_EN } from './vocabulary';

/** Sentences to write descriptions with, per language. */
export interface SentenceBank {
  fr: string[];
  en: string[];
}

const SEED_TEXTS = path.join(ROOT, 'services', 'offers', 'seed-texts');

/**
 * The French sentences are the seed postings' own (services/offers/seed-texts), so
 * descriptions have the words, lengths and word frequencies of real postings.
 */
export function sentenceBank(): SentenceBank {
  const { parseSections } = offersCode();
  const fr = readdirSync(SEED_TEXTS)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) => parseSections(readFileSync(path.join(SEED_TEXTS, file), 'utf8')))
    .flatMap((section) => section.body.split(/\n+/))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .flatMap((line) => line.split(/(?<=[.!?;])\s+(?=\p{Lu})/u))
    .filter((sentence) => sentence.length >= 40 && sentence.length <= 300);
  return { fr, en: SENTENCES_EN };
}
