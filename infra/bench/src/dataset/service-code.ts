import { built, builtDb } from '../workspace';

/*
 * The services' own code the data set is made with (their tables' migrations, how they
 * fold text for search, tokenise offers, place deadlines and count minor units), loaded
 * from their builds: the generator imports these functions rather than copying them, so
 * the bench data is what the services themselves would have written.
 */

type OrganisationReads = typeof import('../../../../services/organisations/src/organisations/organisation-reads');
type ProgrammeReads = typeof import('../../../../services/programmes/src/programmes/programme-reads');
type Currencies = typeof import('../../../../packages/subgraph-kit/src/values/currencies');
type SearchTerms = typeof import('../../../../services/offers/src/offers/search-terms');
type OfferFilter = typeof import('../../../../services/offers/src/offers/offer-filter');
type Deadline = typeof import('../../../../services/offers/src/offers/deadline');
type SeedTexts = typeof import('../../../../services/offers/src/seed/seed-texts');
type OfferDescription = typeof import('../../../../services/offers/src/offers/offer-description');

export function organisationsCode() {
  const dist = (file: string) => `services/organisations/dist/${file}.js`;
  return {
    subgraph: built<typeof import('@passerelle/organisations')>(dist('index')).organisationsSubgraph,
    searchTextOf: built<OrganisationReads>(dist('organisations/organisation-reads')).searchTextOf,
  };
}

export function programmesCode() {
  const dist = (file: string) => `services/programmes/dist/${file}.js`;
  return {
    subgraph: built<typeof import('@passerelle/programmes')>(dist('index')).programmesSubgraph,
    searchTextOf: built<ProgrammeReads>(dist('programmes/programme-reads')).searchTextOf,
    exponentOf: built<Currencies>('packages/subgraph-kit/dist/values/currencies.js').exponentOf,
  };
}

export function offersCode() {
  const dist = (file: string) => `services/offers/dist/${file}.js`;
  return {
    subgraph: built<typeof import('@passerelle/offers')>(dist('index')).offersSubgraph,
    termCountsOf: built<SearchTerms>(dist('offers/search-terms')).termCountsOf,
    cityKeyOf: built<OfferFilter>(dist('offers/offer-filter')).cityKeyOf,
    endOfDay: built<Deadline>(dist('offers/deadline')).endOfDay,
    parseSections: built<SeedTexts>(dist('seed/seed-texts')).parseSections,
    descriptionText: built<OfferDescription>(dist('offers/offer-description')).descriptionText,
  };
}

export function foldForSearch(text: string): string {
  return builtDb().foldForSearch(text);
}
