import type { PlannedOfferFields } from '../../plan';
import { foldForComparison, withoutUrls } from './text';

/*
 * Languages a posting asks for, required or an asset, from the sentences that speak of
 * command of a language ("Maitrise du français (écrit et parlé) est obligatoire. Une
 * connaissance pratique de l'anglais constitue un avantage."; "Fluency in English is
 * required; knowledge of French is an asset").
 */
const LANGUAGE_NAMES: [RegExp, string][] = [
  [/\b(francais|french)\b/, 'fr'],
  [/\b(anglais|english)\b/, 'en'],
  [/\b(espagnol|spanish)\b/, 'es'],
  [/\b(arabe|arabic)\b/, 'ar'],
  [/\b(portugais|portuguese)\b/, 'pt'],
  [/\b(russe|russian)\b/, 'ru'],
  [/\b(chinois|chinese|mandarin)\b/, 'zh'],
  [/\b(creole|kreyol)\b/, 'ht'],
  [/\b(swahili|kiswahili)\b/, 'sw'],
  [/\b(lingala)\b/, 'ln'],
  [/\b(haoussa|hausa)\b/, 'ha'],
  [/\b(bambara)\b/, 'bm'],
  [/\b(somali)\b/, 'so'],
  [/\b(amharique|amharic)\b/, 'am'],
  [/\b(italien|italian)\b/, 'it'],
  [/\b(allemand|german)\b/, 'de'],
];

const SKILL_WORDS =
  /\b(maitrise|connaissance|courant|couramment|parle|ecrit|bilingue|obligatoire|requis|exige|atout|avantage|souhaitable|fluen\w*|proficien\w*|knowledge|command|written|spoken|working|required|essential|mandatory|asset|desirable|advantage|languages?|langues?)\b/;
const ASSET_WORDS =
  /\b(atout|avantage|souhaitable|apprecie|serait un plus|un plus|asset|desirable|advantage|preferred|an added value|a plus)\b/;

/** The languages `lines` ask for, in the order they name them; a clause with an asset word makes its languages assets. */
export function languageRequirements(lines: string[]): NonNullable<PlannedOfferFields['languages']> {
  const found = new Map<string, boolean>();
  for (const line of lines) {
    const folded = foldForComparison(withoutUrls(line));
    if (!SKILL_WORDS.test(folded)) continue;
    for (const clause of folded.split(/[.;]\s*/)) {
      const required = !ASSET_WORDS.test(clause);
      const named = LANGUAGE_NAMES.map(([pattern, code]) => ({ code, at: clause.search(pattern) })).filter(({ at }) => at >= 0);
      for (const { code } of named.sort((a, b) => a.at - b.at)) if (!found.has(code)) found.set(code, required);
    }
  }
  return [...found].map(([code, required]) => ({ code, required }));
}

const STOP_WORDS = {
  fr: new Set([
    'le',
    'la',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'pour',
    'dans',
    'avec',
    'sur',
    'aux',
    'qui',
    'que',
    'par',
    'sont',
    'ou',
    'ce',
    'cette',
    'leur',
    'pas',
  ]),
  en: new Set([
    'the',
    'and',
    'of',
    'to',
    'is',
    'for',
    'with',
    'on',
    'be',
    'will',
    'are',
    'this',
    'that',
    'by',
    'from',
    'or',
    'an',
    'as',
    'at',
    'have',
    'all',
  ]),
};

/** fr or en by their commonest words, when one clearly outnumbers the other; undefined otherwise. */
export function detectLanguage(text: string): string | undefined {
  let french = 0;
  let english = 0;
  for (const word of foldForComparison(withoutUrls(text)).split(/[^a-z']+/)) {
    if (STOP_WORDS.fr.has(word)) french++;
    if (STOP_WORDS.en.has(word)) english++;
  }
  if (french + english < 10) return undefined;
  if (french > english * 1.5) return 'fr';
  if (english > french * 1.5) return 'en';
  return undefined;
}
