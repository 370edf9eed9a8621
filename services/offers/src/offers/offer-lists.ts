import type { EntityManager } from 'typeorm';

/** An offer's lists as stored, each in the posting's order. */
export interface StoredLists {
  dutyStations: { city: string; countryCode: string }[];
  countryCodes: string[];
  languages: { code: string; required: boolean }[];
  themes: string[];
  programmeIds: string[];
}

const emptyLists = (): StoredLists => ({ dutyStations: [], countryCodes: [], languages: [], themes: [], programmeIds: [] });

/** Each list table as rows of one shape: (offer, list, position, value, detail). */
const PARTS = [
  "SELECT offer_id, 'station' AS list, position, city AS value, country_code AS detail FROM offer_duty_stations",
  "SELECT offer_id, 'country' AS list, position, country_code AS value, NULL AS detail FROM offer_countries",
  "SELECT offer_id, 'language' AS list, position, code AS value, CASE WHEN required THEN 'required' ELSE 'asset' END AS detail FROM offer_languages",
  "SELECT offer_id, 'theme' AS list, position, theme AS value, NULL AS detail FROM offer_themes",
  "SELECT offer_id, 'programme' AS list, position, programme_id AS value, NULL AS detail FROM offer_programmes",
];

interface ListRow {
  offer_id: string;
  list: 'station' | 'country' | 'language' | 'theme' | 'programme';
  position: number | string;
  value: string;
  detail: string | null;
}

/**
 * Every list of these offers in one statement (a UNION ALL of the five list tables), where
 * one statement per list cost five round trips to the database for each page or offer.
 * `dataSource` may be a transaction's manager, to read what it has written.
 */
export async function listsOf(dataSource: Pick<EntityManager, 'query'>, offerIds: readonly string[]): Promise<Map<string, StoredLists>> {
  const placeholders = offerIds.map(() => '?').join(', ');
  const sql = PARTS.map((part) => `${part} WHERE offer_id IN (${placeholders})`).join(' UNION ALL ');
  const rows: ListRow[] = await dataSource.query(
    sql,
    PARTS.flatMap(() => offerIds),
  );
  rows.sort((a, b) => Number(a.position) - Number(b.position));
  const lists = new Map(offerIds.map((id) => [id, emptyLists()]));
  for (const row of rows) {
    const offer = lists.get(row.offer_id);
    if (!offer) continue;
    if (row.list === 'station') offer.dutyStations.push({ city: row.value, countryCode: row.detail! });
    else if (row.list === 'country') offer.countryCodes.push(row.value);
    else if (row.list === 'language') offer.languages.push({ code: row.value, required: row.detail === 'required' });
    else if (row.list === 'theme') offer.themes.push(row.value);
    else offer.programmeIds.push(row.value);
  }
  return lists;
}
