import type { ContractType } from '../../plan';
import { foldForComparison } from './text';

/*
 * The facts a posting states in its sentences rather than its labels: who recruits what
 * ("INTERSOS recrute un.e Coordinateur.rice de Protection en RDC"), how many posts, the
 * contract, its length, the experience and the diplomas asked for, who may apply.
 */

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  one: 1,
  a: 1,
  an: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  onze: 11,
  eleven: 11,
  douze: 12,
  twelve: 12,
  quinze: 15,
  fifteen: 15,
};

export function numberOf(word: string): number | undefined {
  const folded = foldForComparison(word);
  return /^\d+$/.test(folded) ? Number(folded) : NUMBER_WORDS[folded];
}

const RECRUITS = /\s(?:recrute|souhaite recruter|recherche|is recruiting|recruits|is hiring|is seeking|seeks)\s+/u;
const ONE = /^(?:un\.e|un\(e\)|un·e|une?|an?|one)\s+/i;
/** What follows the verb when it recruits someone ("recrute un.e", "recruits two"), not "la recherche de la paix". */
const WHO = /^(?:un\.e|un\(e\)|un·e|une?|an?|one|des|deux|trois|quatre|cinq|two|three|four|five|\d+)\s+/i;
const PLACE_AFTER = /\s+(?:en|au|aux|in|based in|bas[ée]e? à)\s+(.+?)[.!]?$/u;

export interface Recruitment {
  organisation?: string;
  /** The post as the sentence names it, when it names one (not "pour une assistance technique…"). */
  title?: string;
  place?: string;
  positions?: number;
}

/** "X recrute un.e T en P." and its kin; undefined for a sentence that is not one. */
export function readRecruitment(sentence: string): Recruitment | undefined {
  const verb = RECRUITS.exec(sentence);
  if (!verb) return undefined;
  const before =
    sentence
      .slice(0, verb.index)
      .split(/[:,.;]\s*/)
      .at(-1) ?? '';
  // the organisation: the run of capitalised words (and their small joining words) just before the verb
  const organisation = /((?:[\p{Lu}][\p{L}\d&'’.-]*)(?:\s+(?:de|du|des|for|of|the|et|and|&|[\p{Lu}][\p{L}\d&'’.-]*))*)$/u.exec(before)?.[1];
  let rest = sentence.slice(verb.index + verb[0].length).replace(/[.!]\s*$/, '');
  const who = WHO.exec(rest);
  if (!who) return undefined;
  rest = rest.slice(who[0].length);
  const place = PLACE_AFTER.exec(rest);
  const title = (place ? rest.slice(0, place.index) : rest).split(/\s+(?:pour|for|afin|to)\s+/)[0]?.trim();
  return {
    organisation: organisation?.trim(),
    title: title || undefined,
    place: place?.[1]?.trim(),
    positions: ONE.test(who[0]) ? 1 : numberOf(who[0].trim()),
  };
}

/** "( 3 postes : Goma, Bunia & Bukavu)": the count and the cities a title lists. */
export function postsListedIn(text: string): { positions: number; cities: string[] } | undefined {
  const match = /\(\s*(\w+)\s+(?:postes?|positions?|posts?)\s*[:-]\s*([^)]+)\)/iu.exec(text);
  const positions = match && numberOf(match[1] ?? '');
  if (!match || !positions) return undefined;
  const cities = (match[2] ?? '')
    .split(/\s*(?:,|&|\bet\b|\band\b)\s*/)
    .map((city) => city.trim())
    .filter(Boolean);
  return { positions, cities };
}

/** The number of posts a sentence counts: "3 postes", "trois (3) expert(e)s", "two positions". */
export function positionsCountedIn(text: string): number | undefined {
  const match = /\b(\w+)\s+(?:\((\d+)\)\s+)?(?:postes|positions|posts|vacancies)\b/iu.exec(text);
  const count = match && (numberOf(match[2] ?? '') ?? numberOf(match[1] ?? ''));
  return count && count > 1 ? count : undefined;
}

const CONTRACT_KINDS: [RegExp, ContractType][] = [
  [/\b(jpo|junior professional officer)\b/, 'JPO'],
  [/(individual contract(or)? agreement|\b[li]{0,2}ica\b|individual contract|contrat individuel)/, 'INDIVIDUAL_CONTRACTOR'],
  [/\b(consultan\w*)\b/, 'CONSULTANCY'],
  [/\b(intern\w*|stage|stagiaire)\b/, 'INTERNSHIP'],
  [/\b(volunteer|volontaire|volontariat|unv)\b/, 'VOLUNTEER'],
  [/\b(fixed.term|staff|permanent|continuing appointment|temporary appointment|cdd|cdi|contrat a duree)/, 'STAFF'],
];

export function contractTypeOf(label: string): ContractType {
  const folded = foldForComparison(label);
  return CONTRACT_KINDS.find(([pattern]) => pattern.test(folded))?.[1] ?? 'OTHER';
}

/** A contract named in the prose: the JPO scheme's name, or an individual contractor agreement. */
export function contractNamedIn(text: string): string | undefined {
  return /Junior Professional Officer(?:\s*\(JPO\))?|(?:Local |International )?Individual Contract(?:or)? Agreement(?:\s*\([A-Z]+\))?/.exec(
    text,
  )?.[0];
}

const NOT_STATED = /\b(not specified|non specifie|n\/a|na|tbd|to be determined|a determiner)\b/;

/** A grade as the posting gives it; a bare level number takes the scale the contract label names ("LICA" + "9"). */
export function gradeOf(value: string | undefined, contractLabel: string | undefined): string | undefined {
  if (!value || NOT_STATED.test(foldForComparison(value))) return undefined;
  const scale = contractLabel && /\(([A-Z]{2,6})\)/.exec(contractLabel)?.[1];
  return /^\d+$/.test(value) && scale ? `${scale} ${value}` : value;
}

/** "6 mois", "12 months", "one year": the duration in months. */
export function monthsIn(text: string): number | undefined {
  const match = /\b(\w+)[\s-]*(mois|months?|ans?|years?|annees?)\b/iu.exec(foldForComparison(text));
  const count = match && numberOf(match[1] ?? '');
  if (!match || !count) return undefined;
  return /^(mois|month)/.test(match[2] ?? '') ? count : count * 12;
}

const EXPERIENCE = /\b(\w+)\s*(?:\((\d+)\)\s*)?(?:\+\s*)?(?:ans|annees|years?)\s+(?:d'|de |of )(?:\w+\s+){0,3}?(?:experience)/;
const SUBSTITUTE = /\b(au lieu|a la place|in lieu|instead of|may be accepted|peut etre accepte)/;

/** The experience asked for, in years: the first count of years of experience not offered as a substitute for a diploma. */
export function minimumExperienceYears(lines: string[]): number | undefined {
  for (const line of lines) {
    for (const sentence of foldForComparison(line).split(/[.;]\s+/)) {
      if (SUBSTITUTE.test(sentence)) continue;
      const match = EXPERIENCE.exec(sentence);
      const years = match && (numberOf(match[2] ?? '') ?? numberOf(match[1] ?? ''));
      if (years) return years;
    }
  }
  return undefined;
}

const DIPLOMA =
  /\b(diplome|baccalaureat|licence|doctorat|maitrise en|master'?s?|bachelor'?s?|degree|university|universitaire|phd|ph\.d|bac ?\+ ?\d)\b/;

/** The lines that ask for a diploma, as written (bullets removed), one per line. */
export function educationLines(lines: string[]): string | undefined {
  const asked = lines.filter((line) => DIPLOMA.test(foldForComparison(line)));
  return asked.length ? asked.join('\n') : undefined;
}

const WHO_MAY_APPLY =
  /\b(nationals|nationaux|nationales|ressortissant\w*|citizens|citoyens|exclusively|exclusivement|uniquement ouvert|only open to|open only to)\b/;
const ABOUT_THE_POST = /\b(post|poste|position|recrut\w*|candidat\w*|applicants?|apply|postuler|addressed|adresse)\b/;

/** The sentence saying who may apply (nationals only, a scheme's graduates), as written. */
export function eligibilityIn(sentences: string[]): string | undefined {
  return sentences.find((sentence) => {
    const folded = foldForComparison(sentence);
    return WHO_MAY_APPLY.test(folded) && ABOUT_THE_POST.test(folded);
  });
}
