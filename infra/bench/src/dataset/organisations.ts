import { Random, Zipf, seedFor } from './prng';
import { COUNTRIES, DONOR_COUNTRIES } from './places';
import type { OrganisationRow } from './rows';
import { foldForSearch as builtFoldForSearch, organisationsCode } from './service-code';
import type { DatasetSpec } from './spec';
import { NGO_NAMES, UN_AGENCIES, UN_MISSIONS } from './vocabulary';

/** The organisations other parts of the data set refer to. */
export interface OrganisationCatalogue {
  rows: OrganisationRow[];
  /** Those that publish offers, most prolific first (UN agencies, missions, then NGOs). */
  publishers: OrganisationRow[];
  /** Those that fund programmes, biggest first (governments, pooled funds, foundations). */
  donors: OrganisationRow[];
  /** Those that run or carry out programmes. */
  implementers: OrganisationRow[];
}

const UNIT_SHARE = 0.3;

/** The organisations service's text functions the rows are made with: its build by default, its sources in its tests. */
export interface OrganisationsText {
  searchTextOf: ReturnType<typeof organisationsCode>['searchTextOf'];
  foldForSearch: (text: string) => string;
}

const builtText = (): OrganisationsText => ({ searchTextOf: organisationsCode().searchTextOf, foldForSearch: builtFoldForSearch });

export function organisationId(index: number): string {
  return `org-${String(index + 1).padStart(5, '0')}`;
}

/**
 * About 5,000 organisations: the UN system, missions, donor and host governments, pooled
 * funds, foundations, NGOs, and units (country offices, sub-offices, ministries) of these.
 */
export function generateOrganisations(spec: DatasetSpec, text: OrganisationsText = builtText()): OrganisationCatalogue {
  const random = new Random(seedFor(spec.seed, 'organisations'));
  const { searchTextOf, foldForSearch } = text;
  const slug = (name: string) =>
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const rows: OrganisationRow[] = [];
  const add = (fields: Pick<OrganisationRow, 'name' | 'kind'> & Partial<OrganisationRow>, aliases: string[] = []) => {
    const acronym = fields.acronym ?? null;
    const row: OrganisationRow = {
      id: organisationId(rows.length),
      acronym,
      aliases: JSON.stringify(aliases),
      parent_id: null,
      country_code: null,
      website: null,
      description: null,
      version: 1,
      ...fields,
      search_text: searchTextOf({ name: fields.name, acronym, aliases }),
      sort_name: foldForSearch(fields.name),
    };
    rows.push(row);
    return row;
  };

  const topLevel = spec.organisations - Math.round(spec.organisations * UNIT_SHARE);
  const agencies = UN_AGENCIES.map(([acronym, name, alias]) =>
    add({ name, acronym, kind: 'UN_AGENCY', website: `https://www.${slug(acronym)}.org` }, [alias]),
  );
  const missions = UN_MISSIONS.map(([acronym, name, country]) => add({ name, acronym, kind: 'UN_MISSION', country_code: country }));
  const governments = DONOR_COUNTRIES.map(([name, country]) =>
    add({ name, kind: 'GOVERNMENT', country_code: country }, [`Government of ${name}`]),
  );
  const hostGovernments = COUNTRIES.filter((country) => country.weight >= 2).map((country) =>
    add({ name: `Gouvernement ${country.nameFr}`, kind: 'GOVERNMENT', country_code: country.code }, [`Government of ${country.nameEn}`]),
  );
  const funds: OrganisationRow[] = [];
  const foundations: OrganisationRow[] = [];
  const ngos: OrganisationRow[] = [];
  while (rows.length < topLevel) {
    const kind = random.weighted([
      ['NGO', 90],
      ['POOLED_FUND', 2],
      ['DONOR', 5],
      ['OTHER', 3],
    ] as const);
    const country = random.pick(COUNTRIES);
    if (kind === 'POOLED_FUND') {
      funds.push(
        add({ name: `Fonds humanitaire ${country.nameFr} ${funds.length + 1}`, kind, country_code: country.code }, [
          `${country.nameEn} Humanitarian Fund`,
        ]),
      );
    } else if (kind === 'DONOR') {
      const name = `${random.pick(NGO_NAMES.enHeads)} ${random.pick(['Foundation', 'Trust', 'Fund'])} ${foundations.length + 1}`;
      foundations.push(add({ name, kind, website: `https://www.${slug(name)}.org` }));
    } else {
      const french = random.chance(0.55);
      const name = french
        ? `${random.pick(NGO_NAMES.frHeads)} ${random.pick(NGO_NAMES.frTails)} ${country.nameFr}`
        : `${random.pick(NGO_NAMES.enHeads)} ${random.pick(NGO_NAMES.enTails)} ${country.nameEn}`;
      const acronym = random.chance(0.6) ? initials(name) : null;
      const row = add({
        name,
        acronym,
        kind,
        country_code: country.code,
        website: random.chance(0.5) ? `https://www.${slug(name)}.org` : null,
      });
      if (kind === 'NGO') ngos.push(row);
    }
  }

  // Units: country offices and sub-offices of the busiest parents, ministries of governments.
  const parents = [...agencies, ...missions, ...ngos.slice(0, 200), ...hostGovernments];
  const parentRank = new Zipf(parents.length, 0.8);
  while (rows.length < spec.organisations) {
    const parent = parents[parentRank.draw(random)]!;
    const country = COUNTRIES.find((candidate) => candidate.code === parent.country_code) ?? random.pick(COUNTRIES);
    const city = random.pick(country.cities);
    const label = parent.acronym ?? parent.name;
    const name =
      parent.kind === 'GOVERNMENT'
        ? `Ministère ${random.pick(['du Plan', 'de la Santé', 'de l’Intérieur', 'des Affaires sociales', 'de l’Éducation'])} (${country.nameFr})`
        : random.chance(0.5)
          ? `${label} ${country.nameEn} Country Office`
          : `Bureau ${label} de ${city}`;
    add({ name, kind: 'UNIT', parent_id: parent.id, country_code: country.code }, random.chance(0.3) ? [`${label} ${city}`] : []);
  }

  return {
    rows,
    publishers: [...agencies, ...missions, ...ngos, ...funds],
    donors: [...governments, ...funds, ...foundations, ...agencies.slice(0, 4)],
    implementers: [...agencies, ...ngos, ...missions],
  };
}

function initials(name: string): string {
  return name
    .split(/[\s’']+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}
