import type { OrganisationCatalogue } from './organisations';
import { COUNTRY_WEIGHTS } from './places';
import { Random, Zipf, seedFor } from './prng';
import { addRows, type ProgrammeRow, type Row, type TableRows } from './rows';
import { foldForSearch, programmesCode } from './service-code';
import type { DatasetSpec } from './spec';
import { PROGRAMME_HEADS, THEMES } from './vocabulary';

export interface ProgrammeCatalogue {
  /** Programme rows, most funded and most staffed first. */
  rows: ProgrammeRow[];
  /** The programmes' tables: programmes, programme_countries, programme_participants, reported_funding. */
  tables: TableRows;
}

const KIND_WEIGHTS = [
  ['AGENCY_PROGRAMME', 35],
  ['PROJECT', 25],
  ['POOLED_FUND', 8],
  ['NATIONAL_PROGRAMME', 8],
  ['BILATERAL_PORTFOLIO', 6],
  ['STRATEGY', 5],
  ['COORDINATION_MECHANISM', 4],
  ['TALENT_PROGRAMME', 3],
  ['OTHER', 6],
] as const;

export function programmeId(index: number): string {
  return `prog-${String(index + 1).padStart(4, '0')}`;
}

/**
 * About 1,000 programmes, strategies and funds, each in one to three countries, with the
 * organisations that run, coordinate, carry out or fund them; some are components of
 * others, a few support another, pooled funds report totals.
 */
export function generateProgrammes(spec: DatasetSpec, organisations: OrganisationCatalogue): ProgrammeCatalogue {
  const random = new Random(seedFor(spec.seed, 'programmes'));
  const { searchTextOf } = programmesCode();
  const implementerRank = new Zipf(organisations.implementers.length, 0.9);
  const donorRank = new Zipf(organisations.donors.length, 0.9);
  const rows: ProgrammeRow[] = [];
  const tables: TableRows = new Map();

  for (let index = 0; index < spec.programmes; index += 1) {
    const id = programmeId(index);
    const theme = random.pick(THEMES);
    const countries = [
      ...new Set([random.weighted(COUNTRY_WEIGHTS), random.weighted(COUNTRY_WEIGHTS), random.weighted(COUNTRY_WEIGHTS)]),
    ].slice(
      0,
      random.weighted([
        [1, 70],
        [2, 20],
        [3, 10],
      ]),
    );
    const main = countries[0]!;
    const french = random.chance(0.55);
    const name = french
      ? `${random.pick(PROGRAMME_HEADS.fr)} ${theme.fr.toLowerCase()} en ${main.nameFr}`
      : `${main.nameEn} ${random.pick(PROGRAMME_HEADS.en)} ${theme.en}`;
    const acronym = random.chance(0.6) ? initials(name) : null;
    const aliases = random.chance(0.3) ? [french ? `${main.nameEn} ${theme.en} Programme` : `Programme ${theme.fr} ${main.nameFr}`] : [];
    const startYear = random.chance(0.8) ? random.int(2005, 2025) : null;
    // a date as precise as a source would give it: a month for some, a year alone for the others
    const startDate = startYear === null ? null : random.chance(0.4) ? `${startYear}-${pad(random.int(1, 12))}` : String(startYear);
    const endYear = startYear !== null && random.chance(0.6) ? startYear + random.int(2, 8) : null;
    rows.push({
      id,
      name,
      acronym,
      aliases: JSON.stringify(aliases),
      kind: random.weighted(KIND_WEIGHTS),
      description: random.chance(0.7) ? `${theme.fr} : programme mené en ${countries.map((c) => c.nameFr).join(', ')}.` : null,
      start_date: startDate,
      start_year: startYear,
      end_date: endYear === null ? null : random.chance(0.3) ? `${endYear}-12-31` : String(endYear),
      end_year: endYear,
      parent_id: index > 10 && random.chance(0.15) ? programmeId(random.int(0, index - 1)) : null,
      supports_id: index > 10 && random.chance(0.03) ? programmeId(random.int(0, index - 1)) : null,
      search_text: searchTextOf({ name, acronym, aliases }),
      sort_name: foldForSearch(name),
      version: 1,
    });
    addRows(
      tables,
      'programme_countries',
      countries.map((country, position) => ({ programme_id: id, country_code: country.code, position })),
    );
    addRows(tables, 'programme_participants', participantsOf(random, id, organisations, implementerRank, donorRank));
  }
  tables.set('programmes', rows);
  addRows(tables, 'reported_funding', reportedFunding(random, rows, organisations, donorRank));
  return { rows, tables: orderTables(tables) };
}

function participantsOf(
  random: Random,
  programmeId: string,
  organisations: OrganisationCatalogue,
  implementerRank: Zipf,
  donorRank: Zipf,
): Row[] {
  const roles: [string, string][] = [];
  const implementer = () => organisations.implementers[implementerRank.draw(random)]!.id;
  roles.push(['LEAD', implementer()]);
  for (let count = random.int(1, 3); count > 0; count -= 1) roles.push(['IMPLEMENTING', implementer()]);
  if (random.chance(0.3)) roles.push(['COORDINATOR', implementer()]);
  if (random.chance(0.1)) roles.push(['MANAGER', implementer()]);
  for (let count = random.int(0, 2); count > 0; count -= 1) roles.push(['PARTNER', implementer()]);
  if (random.chance(0.2)) roles.push(['FUNDING', organisations.donors[donorRank.draw(random)]!.id]);
  const seen = new Set<string>();
  return roles
    .filter(([role, organisationId]) => !seen.has(`${role}|${organisationId}`) && seen.add(`${role}|${organisationId}`))
    .map(([role, organisationId], position) => ({
      programme_id: programmeId,
      organisation_id: organisationId,
      role,
      note: random.chance(0.2) ? 'Selon le document de programme.' : null,
      position,
    }));
}

/** Totals a source reported for pooled funds and strategies, with the donors it names. */
function reportedFunding(random: Random, programmes: ProgrammeRow[], organisations: OrganisationCatalogue, donorRank: Zipf): Row[] {
  return programmes
    .filter((programme) => (programme.kind === 'POOLED_FUND' || programme.kind === 'STRATEGY') && random.chance(0.5))
    .map((programme, index) => {
      const year = random.int(2012, 2025);
      return {
        id: `reported-${String(index + 1).padStart(4, '0')}`,
        programme_id: programme.id,
        amount_minor: String(random.int(1_000_000, 90_000_000) * 100),
        currency: 'USD',
        as_of: `${year}-12`,
        as_of_stated: random.chance(0.7),
        kind: random.chance(0.7) ? 'TOTAL_CONTRIBUTIONS' : 'BUDGET',
        donor_ids: JSON.stringify([...new Set([0, 1, 2].map(() => organisations.donors[donorRank.draw(random)]!.id))]),
        source: 'Rapport annuel du fonds',
        excerpt: null,
      };
    });
}

/** Programmes first: the other tables refer to them. */
function orderTables(tables: TableRows): TableRows {
  const order = ['programmes', 'programme_countries', 'programme_participants', 'reported_funding'];
  return new Map(order.map((table) => [table, tables.get(table) ?? []]));
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
