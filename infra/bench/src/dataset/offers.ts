import type { OrganisationCatalogue } from './organisations';
import { COUNTRY_WEIGHTS, type Country } from './places';
import { Random, Zipf, seedFor } from './prng';
import type { ProgrammeCatalogue } from './programmes';
import type { OfferRow, Row, TableRows } from './rows';
import { sentenceBank } from './sentences';
import { offersCode } from './service-code';
import type { DatasetSpec } from './spec';
import {
  CONTRACT_LABELS,
  CONTRACT_TYPE_WEIGHTS,
  EDUCATION,
  GRADES,
  HEADINGS,
  LANGUAGE_WEIGHTS,
  ROLES_EN,
  ROLES_FR,
  SENIORITY_EN,
  TEMPLATES,
  THEMES,
  type Theme,
} from './vocabulary';

/** The offers' tables, in insertion order (offers first: the others refer to them). */
export const OFFER_TABLES = [
  'offers',
  'offer_duty_stations',
  'offer_countries',
  'offer_languages',
  'offer_themes',
  'offer_programmes',
  'offer_terms',
] as const;

const DAY = 86_400_000;

export function offerId(index: number): string {
  return `offer-${String(index + 1).padStart(6, '0')}`;
}

/**
 * About 200,000 offers over three years, more of them recent: a big agency publishes
 * thousands, most NGOs a few. Each has one to five duty stations (mostly in one country),
 * themes, languages, often programmes, and a French or English title and description whose
 * search index rows are computed with the offers service's own tokeniser.
 * Yields the rows `batchSize` offers at a time, so the whole set never sits in memory.
 */
export function* generateOffers(
  spec: DatasetSpec,
  organisations: OrganisationCatalogue,
  programmes: ProgrammeCatalogue,
  batchSize: number,
): Generator<TableRows> {
  const random = new Random(seedFor(spec.seed, 'offers'));
  const code = offersCode();
  const sentences = sentenceBank();
  const publisherRank = new Zipf(organisations.publishers.length, 1);
  const programmeRank = new Zipf(programmes.rows.length, 0.8);
  const anchor = Date.parse(`${spec.anchor}T00:00:00Z`);

  let batch = emptyBatch();
  for (let index = 0; index < spec.offers; index += 1) {
    const id = offerId(index);
    const publisher = organisations.publishers[publisherRank.draw(random)]!;
    const language = random.chance(0.55) ? 'fr' : 'en';
    const theme = random.pick(THEMES);
    const places = placesOf(random);
    const main = places.countries[0]!;
    const contractType = random.weighted(CONTRACT_TYPE_WEIGHTS);
    const positions = random.weighted([
      [1, 85],
      [2, 8],
      [3, 5],
      [5, 2],
    ]);
    const title = titleOf(random, language, theme, places.stations[0]?.city, positions);
    const about = {
      theme: language === 'fr' ? theme.fr.toLowerCase() : theme.en,
      city: places.stations[0]?.city ?? main.nameFr,
      country: language === 'fr' ? main.nameFr : main.nameEn,
      organisation: publisher.acronym ?? publisher.name,
    };
    const sections = sectionsOf(random, language, sentences[language], about);
    const description = code.descriptionText(sections);

    const state = random.weighted([
      ['PUBLISHED', 95],
      ['CLOSED', 3],
      ['DRAFT', 2],
    ] as const);
    // three years back, more offers recently (u^1.5 leans towards 0 days ago)
    const posted = new Date(anchor - Math.floor(1095 * random.next() ** 1.5) * DAY + random.int(0, DAY - 1));
    const hasDeadline = random.chance(0.96);
    const deadlineDay = new Date(posted.getTime() + random.int(14, 75) * DAY).toISOString().slice(0, 10);
    const deadline = hasDeadline ? code.endOfDay(deadlineDay, main.zone) : null;

    const offer: OfferRow = {
      id,
      title,
      reference: random.chance(0.7) ? String(random.int(10_000, 99_999)) : null,
      organisation_id: publisher.id,
      organisation_name: publisher.acronym ?? publisher.name,
      positions,
      contract_type: contractType,
      contract_label: CONTRACT_LABELS[contractType].length ? random.pick(CONTRACT_LABELS[contractType]) : null,
      grade: GRADES[contractType] && random.chance(0.8) ? random.pick(GRADES[contractType]!) : null,
      duration_months: random.chance(0.5) ? random.pick([3, 6, 6, 11, 12, 12, 24]) : null,
      min_experience_years: random.chance(0.7) ? random.pick([1, 2, 3, 5, 5, 7, 10]) : null,
      education: random.chance(0.6) ? random.pick(EDUCATION) : null,
      eligibility: random.chance(0.1) ? `Poste national : ouvert aux ressortissants (${main.nameFr}) uniquement.` : null,
      description,
      description_sections: JSON.stringify(sections),
      posted_at: state === 'DRAFT' ? null : posted,
      deadline,
      deadline_time_zone: deadline ? main.zone : null,
      deadline_time_zone_assumed: deadline !== null && random.chance(0.6),
      deadline_stated: deadline ? statedDate(deadlineDay, language) : null,
      state,
      closed_at: state === 'CLOSED' ? new Date(posted.getTime() + random.int(1, 10) * DAY) : null,
      apply_url: `https://jobs.example.org/${publisher.id}/${id}`,
      source_url: random.chance(0.8) ? `https://jobs.example.org/${publisher.id}/${id}` : null,
      source_language: language,
      version: 1,
    };
    batch.get('offers')!.push(offer);
    batch.get('offer_duty_stations')!.push(
      ...places.stations.map(({ city, country }, position) => ({
        offer_id: id,
        position,
        city,
        city_key: code.cityKeyOf(city),
        country_code: country.code,
      })),
    );
    batch
      .get('offer_countries')!
      .push(...places.countries.map((country, position) => ({ offer_id: id, country_code: country.code, position })));
    batch
      .get('offer_languages')!
      .push(...languagesOf(random, language).map(([code, required], position) => ({ offer_id: id, code, required, position })));
    batch.get('offer_themes')!.push(...themesOf(random, theme).map((slug, position) => ({ offer_id: id, theme: slug, position })));
    batch.get('offer_programmes')!.push(
      ...programmesOf(random, programmes, programmeRank).map((programmeId, position) => ({
        offer_id: id,
        programme_id: programmeId,
        position,
      })),
    );
    batch.get('offer_terms')!.push(
      ...code.termCountsOf(title, description).map((count) => ({
        offer_id: id,
        term: count.term,
        title_hits: count.titleHits,
        body_hits: count.bodyHits,
      })),
    );
    if (batch.get('offers')!.length === batchSize) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.get('offers')!.length) yield batch;
}

function emptyBatch(): TableRows {
  return new Map(OFFER_TABLES.map((table) => [table, [] as Row[]]));
}

interface Places {
  stations: { city: string; country: Country }[];
  countries: Country[];
}

/** One to five duty stations, mostly in one country; now and then a country with no city ("en RDC"). */
function placesOf(random: Random): Places {
  const main = random.weighted(COUNTRY_WEIGHTS);
  if (random.chance(0.03)) return { stations: [], countries: [main] };
  const count = random.weighted([
    [1, 55],
    [2, 25],
    [3, 12],
    [4, 5],
    [5, 3],
  ]);
  const second = random.chance(0.15) ? random.weighted(COUNTRY_WEIGHTS) : main;
  const stations = [
    ...random.sample(main.cities, count).map((city) => ({ city, country: main })),
    ...(second === main ? [] : random.sample(second.cities, 1).map((city) => ({ city, country: second }))),
  ];
  const countries = [
    ...new Set([...stations.map((station) => station.country), ...(random.chance(0.05) ? [random.weighted(COUNTRY_WEIGHTS)] : [])]),
  ];
  return { stations, countries };
}

function titleOf(random: Random, language: 'fr' | 'en', theme: Theme, city: string | undefined, positions: number): string {
  const place = city && random.chance(0.3) ? city : null;
  if (language === 'fr') {
    const title = `${random.pick(ROLES_FR)} ${theme.fr}`;
    return `${title}${place ? ` – ${place}` : ''}${positions > 1 ? ` (${positions} postes)` : ''}`;
  }
  const title = random.chance(0.5)
    ? `${random.pick(SENIORITY_EN)}${theme.en} ${random.pick(ROLES_EN)}`
    : `${random.pick(ROLES_EN)}, ${theme.en}`;
  return `${title}${place ? `, ${place}` : ''}`;
}

/**
 * Two or three sections, each of a sentence about the offer itself (its theme, city,
 * country, employer) and one or two of the postings' sentences.
 */
function sectionsOf(random: Random, language: 'fr' | 'en', sentences: string[], about: Record<string, string>) {
  const headings = HEADINGS[language];
  const count = random.int(2, 3);
  const own = random
    .sample(TEMPLATES[language], count)
    .map((template) => template.replace(/\{(\w+)\}/g, (_, key: string) => about[key] ?? ''));
  return headings.slice(0, count).map((heading, index) => ({
    heading: index === 0 && random.chance(0.3) ? null : heading,
    body: [own[index], ...random.sample(sentences, random.int(1, 2))].join(' '),
  }));
}

function languagesOf(random: Random, postingLanguage: string): [string, boolean][] {
  const codes = [...new Set([postingLanguage, ...Array.from({ length: random.int(0, 2) }, () => random.weighted(LANGUAGE_WEIGHTS))])];
  return codes.map((code, index) => [code, index === 0 || random.chance(0.5)]);
}

function themesOf(random: Random, main: Theme): string[] {
  return [...new Set([main.slug, ...random.sample(THEMES, random.int(0, 2)).map((theme) => theme.slug)])];
}

function programmesOf(random: Random, programmes: ProgrammeCatalogue, rank: Zipf): string[] {
  const count = random.weighted([
    [0, 45],
    [1, 40],
    [2, 10],
    [3, 5],
  ]);
  return [...new Set(Array.from({ length: count }, () => programmes.rows[rank.draw(random)]!.id))];
}

const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The closing date as a posting writes it: "28 novembre 2026", "November 28, 2026". */
function statedDate(day: string, language: 'fr' | 'en'): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const name = MONTHS[language][month - 1];
  return language === 'fr' ? `${date} ${name} ${year}` : `${name} ${date}, ${year}`;
}
