import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { offerSourcesOf } from './dataset/open-offer-sources';
import { generateOffers } from './dataset/offers';
import { generateOrganisations } from './dataset/organisations';
import { generateProgrammes } from './dataset/programmes';
import type { Row } from './dataset/rows';
import { DEFAULT_SEED, currentMonthAnchor, specFor } from './dataset/spec';
import { built } from './workspace';

/*
 * Figures of the offers' read model of open offers (services/offers/src/open-offers/), from
 * the bench's generator, on the offers service's build (`turbo run build` first):
 *   1. its memory and load time with the open offers of 200,000 generated ones, and with all
 *      200,000 taken as open (the most a process could be asked to hold);
 *   2. CPU per search and per list page (page of 20 and its count) from the model (the page's
 *      rows and lists included: it holds what a list shows) and from SQL (SQLite in this
 *      process, so its CPU is counted) at 20,000 offers;
 *   3. CPU per search and list page of the archive (closed offers, every status), which SQL answers.
 * Run: node --expose-gc --import tsx infra/bench/src/open-offers-figures.ts [--offers 200000] [--open-only] [--sql-offers 20000] [--archive-only]
 * (0 skips a part)
 */

type Model = typeof import('../../../services/offers/src/open-offers/open-offers-model');
type Filter = typeof import('../../../services/offers/src/offers/offer-filter');
type Store = typeof import('../../../services/offers/src/offers/offer-reads');
type Subgraph = typeof import('../../../services/offers/src/subgraph');
type Db = typeof import('@passerelle/db');

const dist = (file: string) => `services/offers/dist/${file}.js`;
const { OpenOffersModel } = built<Model>(dist('open-offers/open-offers-model'));
const { criteriaOf } = built<Filter>(dist('offers/offer-filter'));
const { OfferStore } = built<Store>(dist('offers/offer-reads'));
const { offersSubgraph } = built<Subgraph>(dist('subgraph'));
const { createDataSource } = built<Db>('packages/db/dist/index.js');

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

function* batches(offers: number) {
  const spec = { ...specFor(DEFAULT_SEED, offers / 200_000, currentMonthAnchor()), offers };
  const organisations = generateOrganisations(spec);
  yield* generateOffers(spec, organisations, generateProgrammes(spec, organisations), 1000);
}

const heapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

function modelFigures(offers: number, allOpen: boolean) {
  const now = Date.now();
  const before = heapMb();
  const model = new OpenOffersModel();
  let loadMs = 0;
  for (const batch of batches(offers)) {
    const sources = offerSourcesOf(batch)
      .map((source) => (allOpen ? { ...source, state: 'PUBLISHED' as const, deadline: null } : source))
      .filter((source) => source.state === 'PUBLISHED' && (!source.deadline || source.deadline.getTime() > now));
    const started = performance.now();
    for (const source of sources) model.apply(source);
    loadMs += performance.now() - started;
  }
  const mb = heapMb() - before;
  console.log(
    `model, ${allOpen ? `all ${offers} offers taken as open` : `the open offers of ${offers}`}: ${model.size} offers, ${model.termCount} terms, ` +
      `${mb.toFixed(1)} MB of heap (${((mb * 1e6) / model.size / 1000).toFixed(2)} KB per offer), ` +
      `built in ${Math.round(loadMs)} ms (tokenising included; the SQL read of a start-up comes on top)`,
  );
  return model;
}

/** Searches a visitor types: words of the generated titles, some two words long. */
function searchesOf(titles: string[], count: number): string[] {
  const searches: string[] = [];
  for (let index = 0; searches.length < count; index += 1) {
    const words = titles[(index * 7919) % titles.length]!.split(/[\s,–()]+/).filter((word) => word.length > 4);
    if (!words.length) continue;
    searches.push(index % 3 === 0 && words.length > 1 ? `${words[0]} ${words[1]}` : words[index % words.length]!);
  }
  return searches;
}

function cpuMsPer(count: number, run: () => Promise<void>): Promise<number> {
  return (async () => {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / count;
  })();
}

const sqliteDate = (value: unknown) => (value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : value);

async function sqlVersusModel(offers: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-open-offers-figures-'));
  const dataSource = await createDataSource({
    target: { kind: 'sqlite', file: path.join(dir, 'offers.sqlite') },
    entities: offersSubgraph.entities,
    migrations: offersSubgraph.migrations,
  });
  try {
    await dataSource.runMigrations();
    const titles: string[] = [];
    const model = new OpenOffersModel();
    const now = new Date();
    for (const batch of batches(offers)) {
      for (const source of offerSourcesOf(batch)) {
        titles.push(source.title);
        if (source.state === 'PUBLISHED' && (!source.deadline || source.deadline > now)) model.apply(source);
      }
      await dataSource.transaction(async (manager) => {
        for (const [table, rows] of batch) {
          if (!rows.length) continue;
          const columns = Object.keys(rows[0]!);
          const perStatement = Math.floor(30_000 / columns.length);
          for (let start = 0; start < rows.length; start += perStatement) {
            const slice = rows.slice(start, start + perStatement);
            const values = slice.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
            const parameters = slice.flatMap((row: Row) =>
              columns.map((column) => {
                const value = sqliteDate(row[column]);
                return typeof value === 'boolean' ? Number(value) : value;
              }),
            );
            await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, parameters);
          }
        }
      });
    }
    const store = new OfferStore(dataSource);
    const searches = searchesOf(titles, 300);
    const scopeOf = (search: string | null) => ({
      criteria: criteriaOf({ status: 'OPEN', ...(search ? { search } : {}) }),
      now,
      drafts: [] as string[],
    });
    const listScopes = Array.from({ length: 100 }, () => null);
    if (process.argv.includes('--archive-only')) return await archiveFigures(store, searches, now);
    // warm both paths
    for (const search of searches.slice(0, 20)) {
      await store.page(scopeOf(search), 'RELEVANCE', 20, null);
      model.page(scopeOf(search), 'RELEVANCE', 21, null);
    }
    const sqlSearch = await cpuMsPer(searches.length, async () => {
      for (const search of searches) {
        await store.page(scopeOf(search), 'RELEVANCE', 20, null);
        await store.count(scopeOf(search));
      }
    });
    const modelSearch = await cpuMsPer(searches.length, async () => {
      for (const search of searches) model.page(scopeOf(search), 'RELEVANCE', 21, null).totalCount();
    });
    const countries = ['CD', 'SD', 'UA', 'ML', 'HT', 'SN', 'AF', 'SY', 'YE', 'CF'];
    const countryScope = (page: number) => ({
      ...scopeOf(null),
      criteria: criteriaOf({ status: 'OPEN', countryCodes: [countries[page % countries.length]!] }),
    });
    const modelList = await cpuMsPer(100, async () => {
      for (let page = 0; page < 100; page += 1) model.page(scopeOf(null), 'DEADLINE', 21, null).totalCount();
    });
    const modelCountryList = await cpuMsPer(100, async () => {
      for (let page = 0; page < 100; page += 1) model.page(countryScope(page), 'DEADLINE', 21, null).totalCount();
    });
    const sqlList = await cpuMsPer(listScopes.length, async () => {
      for (const search of listScopes) {
        await store.page(scopeOf(search), 'DEADLINE', 20, null);
        await store.count(scopeOf(search));
      }
    });
    console.log(
      `at ${offers} offers (${model.size} open), CPU per request in this process (SQLite's included), page of 20 and its count:\n` +
        `  search (${searches.length} searches): SQL ${sqlSearch.toFixed(2)} ms, model ${modelSearch.toFixed(3)} ms (the page's rows and lists from memory: no SQL)\n` +
        `  list (open offers by deadline, ${listScopes.length} pages): SQL ${sqlList.toFixed(2)} ms, model ${modelList.toFixed(3)} ms; within one country, model ${modelCountryList.toFixed(3)} ms`,
    );
    await archiveFigures(store, searches, now);
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU per search and per list page (page of 20 and its count) of the archive, which SQL answers: closed offers, and every status. */
async function archiveFigures(store: InstanceType<Store['OfferStore']>, searches: string[], now: Date) {
  const scopeOf = async (status: 'CLOSED' | null, search: string | null) => {
    const criteria = criteriaOf({ ...(status ? { status } : {}), ...(search ? { search } : {}) });
    return { criteria: { ...criteria, misspellings: await store.misspellingsOf(criteria.searchWords) }, now, drafts: [] as string[] };
  };
  const lines: string[] = [];
  for (const status of ['CLOSED', null] as const) {
    for (const search of searches.slice(0, 20)) await store.page(await scopeOf(status, search), 'RELEVANCE', 20, null);
    const search = await cpuMsPer(searches.length, async () => {
      for (const words of searches) {
        const scope = await scopeOf(status, words);
        await store.page(scope, 'RELEVANCE', 20, null);
        await store.count(scope);
      }
    });
    const list = await cpuMsPer(100, async () => {
      for (let page = 0; page < 100; page += 1) {
        const scope = await scopeOf(status, null);
        await store.page(scope, 'DEADLINE', 20, null);
        await store.count(scope);
      }
    });
    lines.push(`  ${status ?? 'any status'}: search ${search.toFixed(2)} ms, list by deadline ${list.toFixed(2)} ms`);
  }
  console.log(`the archive from SQL, CPU per request in this process (SQLite's included), page of 20 and its count:\n${lines.join('\n')}`);
}

async function main() {
  const offers = argument('offers', 200_000);
  if (offers > 0) {
    modelFigures(offers, false);
    if (!process.argv.includes('--open-only')) modelFigures(offers, true);
  }
  const sqlOffers = argument('sql-offers', 20_000);
  if (sqlOffers > 0) await sqlVersusModel(sqlOffers);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
