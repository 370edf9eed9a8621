import { foldForComparison } from './text';

/*
 * Country names in English and French, as Intl knows them (so no list is bundled), plus the
 * forms job boards and postings write that Intl does not: eRecruit's "Congo, The Democratic
 * Republic", the French "RDC".
 */
const ALIASES: Record<string, string> = {
  rdc: 'CD',
  drc: 'CD',
  'dr congo': 'CD',
  'rd congo': 'CD',
  'congo, the democratic republic': 'CD',
  'congo, the democratic republic of the': 'CD',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'republique democratique du congo': 'CD',
  rca: 'CF',
  car: 'CF',
  usa: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'etats-unis': 'US',
  'south sudan': 'SS',
  'soudan du sud': 'SS',
  'occupied palestinian territory': 'PS',
};

let countryCodesByName: Map<string, string> | undefined;

function countryNames(): Map<string, string> {
  if (countryCodesByName) return countryCodesByName;
  const names = new Map(Object.entries(ALIASES));
  const displays = ['en', 'fr'].map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      for (const display of displays) {
        const name = display.of(code);
        // Intl answers macro-regions and reserved codes too; a country's name is not its code
        if (name && name !== code && !/^(EU|EZ|UN|QO|XA|XB|ZZ)$/.test(code)) names.set(foldForComparison(name), code);
      }
    }
  }
  countryCodesByName = names;
  return names;
}

/** The ISO 3166-1 alpha-2 code of a country name (English or French), or undefined. */
export function countryCodeOf(name: string): string | undefined {
  const folded = foldForComparison(name).replace(/^(?:the|la|le|les|l')\s*/, '');
  return countryNames().get(folded) ?? countryNames().get(foldForComparison(name));
}

/** The country named at the start of `text` (one to five words), with the words it took. */
export function countryAtStartOf(text: string): { code: string; words: string } | undefined {
  const words = text.split(/\s+/);
  for (let count = Math.min(5, words.length); count >= 1; count--) {
    const candidate = words
      .slice(0, count)
      .join(' ')
      .replace(/[.,;:)]+$/, '');
    const code = countryCodeOf(candidate);
    if (code) return { code, words: candidate };
  }
  return undefined;
}

export interface PlaceReading {
  city?: string;
  countryCode?: string;
}

/**
 * A location as boards write it: "Goma, Congo, The Democratic Republic" (city, then a country
 * that may hold commas), "Port-au-Prince | Port-au-Prince" (city | area), "Mali" (a country).
 */
export function readLocation(value: string): PlaceReading {
  const whole = countryCodeOf(value);
  if (whole) return { countryCode: whole };
  const [city = '', ...rest] = value.split(/\s*[,|]\s*/);
  const restCountry = rest.length ? countryCodeOf(rest.join(', ')) : undefined;
  const lastCountry = rest.length ? countryCodeOf(rest.at(-1) ?? '') : undefined;
  return { city: city.trim() || undefined, countryCode: restCountry ?? lastCountry };
}
