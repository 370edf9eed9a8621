import type { OfferSource } from '../../../../services/offers/src/open-offers/open-offer';
import { offerColumnsOf } from '../../../../services/offers/src/open-offers/offer-row';
import type { Row, TableRows } from './rows';

/**
 * The generator's rows of a batch as the offers' read model is fed them (OfferSource):
 * each offer's columns and its lists, in their positions. For figures and tests that fill a
 * model without a database.
 */
const LOADED_AT = new Date();

export function offerSourcesOf(batch: TableRows): OfferSource[] {
  const listsById = new Map<string, OfferSource['lists']>();
  const lists = (id: unknown) => {
    let found = listsById.get(id as string);
    if (!found) {
      found = { dutyStations: [], countryCodes: [], languages: [], themes: [], programmeIds: [] };
      listsById.set(id as string, found);
    }
    return found;
  };
  const byPosition = (table: string) =>
    [...(batch.get(table) ?? [])].sort((a: Row, b: Row) => Number(a.position ?? 0) - Number(b.position ?? 0));
  for (const row of byPosition('offer_duty_stations'))
    lists(row.offer_id).dutyStations.push({ city: row.city as string, countryCode: row.country_code as string });
  for (const row of byPosition('offer_countries')) lists(row.offer_id).countryCodes.push(row.country_code as string);
  for (const row of byPosition('offer_languages'))
    lists(row.offer_id).languages.push({ code: row.code as string, required: Boolean(row.required) });
  for (const row of byPosition('offer_themes')) lists(row.offer_id).themes.push(row.theme as string);
  for (const row of byPosition('offer_programmes')) lists(row.offer_id).programmeIds.push(row.programme_id as string);
  // the loader leaves created_at and updated_at to the tables' default (the time of the load)
  const stamped = (row: Row): Row => ({ created_at: LOADED_AT, updated_at: LOADED_AT, ...row });
  return (batch.get('offers') ?? []).map((row) => ({ ...offerColumnsOf(stamped(row)), lists: lists(row.id) }));
}
