import type { EntityManager } from 'typeorm';
import type { Offer } from './offer.entity';
import { OfferCountry, OfferDutyStation, OfferLanguage, OfferProgramme, OfferTerm, OfferTheme } from './offer-details.entity';
import { cityKeyOf } from './offer-filter';
import { termCountsOf } from './search-terms';
import { vocabularyOf } from './term-vocabulary';

/*
 * Writing an offer's child rows: its lists and its search terms. Callers run these in the
 * transaction that writes the offer itself, so a reader never sees one without the other.
 */

export interface Places {
  dutyStations: { city: string; countryCode: string }[];
  /** Countries the offer names without a city; the stored countries add the duty stations' own. */
  countryCodes: string[];
}

export interface OfferLists {
  places: Places;
  languages: { code: string; required: boolean }[];
  themes: string[];
  programmeIds: string[];
}

/** Writes the lists given, replacing what the offer had in each (`replace`) or into an offer that has none yet. */
export async function writeLists(manager: EntityManager, offerId: string, lists: Partial<OfferLists>, replace: boolean): Promise<void> {
  const rows = async <Row extends object>(entity: new () => Row, values: Row[]) => {
    if (replace) await manager.delete(entity, { offerId });
    if (values.length) await manager.insert(entity, values);
  };
  if (lists.places) {
    const { dutyStations, countryCodes } = lists.places;
    const countries = [...new Set([...dutyStations.map((station) => station.countryCode), ...countryCodes])];
    await rows(
      OfferDutyStation,
      dutyStations.map(({ city, countryCode }, position) => ({ offerId, position, city, countryCode, cityKey: cityKeyOf(city) })),
    );
    await rows(
      OfferCountry,
      countries.map((countryCode, position) => ({ offerId, countryCode, position })),
    );
  }
  if (lists.languages)
    await rows(
      OfferLanguage,
      lists.languages.map(({ code, required }, position) => ({ offerId, code, required, position })),
    );
  if (lists.themes)
    await rows(
      OfferTheme,
      lists.themes.map((theme, position) => ({ offerId, theme, position })),
    );
  if (lists.programmeIds) {
    await rows(
      OfferProgramme,
      lists.programmeIds.map((programmeId, position) => ({ offerId, programmeId, position })),
    );
  }
}

/** The places an offer has now: its duty stations, and the countries it names besides theirs. */
export async function placesOf(manager: EntityManager, offerId: string): Promise<Places> {
  const order = { position: 'ASC' } as const;
  const stations = await manager.find(OfferDutyStation, { where: { offerId }, order });
  const countries = await manager.find(OfferCountry, { where: { offerId }, order });
  const stationCountries = new Set(stations.map((station) => station.countryCode));
  return {
    dutyStations: stations.map(({ city, countryCode }) => ({ city, countryCode })),
    countryCodes: countries.map((row) => row.countryCode).filter((code) => !stationCountries.has(code)),
  };
}

/** (Re)indexes an offer for search: the index is always that of its current title and description. */
export async function writeTerms(
  manager: EntityManager,
  offer: Pick<Offer, 'id' | 'title' | 'description'>,
  replace: boolean,
): Promise<void> {
  const offerId = offer.id;
  if (replace) await manager.delete(OfferTerm, { offerId });
  const terms = termCountsOf(offer.title, offer.description).map((count) => ({ offerId, ...count }));
  // one statement per few hundred rows keeps a long description under any placeholder limit
  for (let start = 0; start < terms.length; start += 300) await manager.insert(OfferTerm, terms.slice(start, start + 300));
  vocabularyOf(manager.connection).add(terms.map((row) => row.term));
}
