import { foldForSearch } from '@passerelle/db';
import { badUserInput } from '@passerelle/subgraph-kit';
import type { DateTimeRange, OfferFilter, OfferStatus } from '../generated/resolvers-types';
import type { ContractType } from './offer.entity';
import { searchWords, type SearchWord } from './search-terms';

export type { OfferStatus } from '../generated/resolvers-types';

/** OfferFilter as GraphQL hands it over (enums and DateTimes already checked by their types). */
export type OfferFilterInput = OfferFilter;

/** A checked filter, in the form the store queries with. Empty lists mean "no condition". */
export interface OfferCriteria {
  /** Null: no search; an empty list: a search with no searchable word, which matches nothing. */
  searchWords: SearchWord[] | null;
  /**
   * What each search word (by its beginning) may stand for when misspelt, on the SQL path:
   * filled by `misspellingsOf` (term-vocabulary.ts) before a query; empty, misspellings find nothing.
   */
  misspellings: Record<string, string[]>;
  status: OfferStatus | null;
  countryCodes: string[];
  cityKeys: string[];
  organisationIds: string[];
  programmeIds: string[];
  contractTypes: ContractType[];
  themes: string[];
  languages: string[];
  deadline: DateTimeRange;
  postedAt: DateTimeRange;
}

const MAX_SEARCH_LENGTH = 200;
/** Each word is one index lookup: a bound on the cost of one search. */
const MAX_SEARCH_WORDS = 20;
const MAX_LIST_LENGTH = 100;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const LANGUAGE_CODE = /^[a-z]{2}$/;

/** The key a city is matched on: "Port-au-Prince", "port au prince" and "PORT-AU-PRINCE" agree. */
export function cityKeyOf(city: string): string {
  return foldForSearch(city)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Checks a filter and puts it in the store's form. Errors name the offending field as
 * `filter.<field>`, the argument path a client wrote.
 */
export function criteriaOf(filter: OfferFilterInput | null | undefined): OfferCriteria {
  const input = filter ?? {};
  const list = <T>(field: keyof OfferFilterInput, values: T[] | null | undefined): T[] => {
    if (values && values.length > MAX_LIST_LENGTH) {
      throw badUserInput(`filter.${field}`, `filter.${field} may list at most ${MAX_LIST_LENGTH} values`);
    }
    return values ?? [];
  };
  const codes = (field: 'countryCodes' | 'languages', pattern: RegExp, what: string) =>
    list(field, input[field]).map((code) => {
      if (!pattern.test(code)) throw badUserInput(`filter.${field}`, `${JSON.stringify(code)} is not ${what}`);
      return code;
    });

  const search = input.search?.trim() ?? '';
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badUserInput('filter.search', `filter.search may be at most ${MAX_SEARCH_LENGTH} characters long`);
  }
  const words = search ? searchWords(search) : null;
  if (words && words.length > MAX_SEARCH_WORDS) {
    throw badUserInput('filter.search', `filter.search may have at most ${MAX_SEARCH_WORDS} distinct words`);
  }
  return {
    searchWords: words,
    misspellings: {},
    status: input.status ?? null,
    countryCodes: codes('countryCodes', COUNTRY_CODE, 'an ISO 3166-1 alpha-2 country code in upper case, e.g. "CD"'),
    cityKeys: list('cities', input.cities).map(cityKeyOf),
    organisationIds: list('organisationIds', input.organisationIds),
    programmeIds: list('programmeIds', input.programmeIds),
    contractTypes: list('contractTypes', input.contractTypes),
    themes: list('themes', input.themes).map((theme) => theme.trim().toLowerCase()),
    languages: codes('languages', LANGUAGE_CODE, 'an ISO 639-1 language code in lower case, e.g. "fr"'),
    deadline: range('deadline', input.deadline),
    postedAt: range('postedAt', input.postedAt),
  };
}

function range(field: 'deadline' | 'postedAt', value: DateTimeRange | null | undefined): DateTimeRange {
  const { from = null, to = null } = value ?? {};
  if (from && to && from.getTime() > to.getTime()) {
    throw badUserInput(`filter.${field}`, `filter.${field}.from must not be after filter.${field}.to`);
  }
  return { from, to };
}
