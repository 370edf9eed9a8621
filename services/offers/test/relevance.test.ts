import { offerSourcesOf } from '../../../infra/bench/src/dataset/open-offer-sources';
import { criteriaOf } from '../src/offers/offer-filter';
import { OpenOffersModel } from '../src/open-offers/open-offers-model';
import type { SearchRules } from '../src/open-offers/search-plan';
import { benchOfferBatches } from './bench-data';
import { BENCH_SEARCHES, SEED_SEARCHES, seedModel } from './relevance-set';

jest.mock('../../../infra/bench/src/dataset/service-code', () =>
  jest.requireActual<typeof import('./bench-data')>('./bench-data').serviceCodeFromSources(),
);

/*
 * The relevance set: searches a job seeker types, French and English, misspelt or in the
 * other language, each with the offers they expect on top. Precision at 5 (of the first
 * min(5, relevant) results, the share that is relevant) under today's word rules and under
 * the forgiving rules (misspellings, synonyms.ts), printed, and required not to get worse.
 * Seed searches run over the seed postings; bench searches over 3,000 bench offers, where an
 * offer is relevant when its main theme is the one searched for (its title names it, in the
 * offer's language).
 */

function benchModel(): { model: OpenOffersModel; mainTheme: Map<string, string> } {
  const model = new OpenOffersModel();
  const mainTheme = new Map<string, string>();
  for (const batch of benchOfferBatches(3000, 500)) {
    for (const source of offerSourcesOf(batch)) {
      // every bench offer as open, so that each search has its whole relevant set to rank
      model.apply({ ...source, state: 'PUBLISHED', deadline: null });
      mainTheme.set(source.id, source.lists.themes[0]!);
    }
  }
  return { model, mainTheme };
}

const top = (model: OpenOffersModel, search: string, rules: SearchRules) => {
  const scope = { criteria: criteriaOf({ search, status: 'OPEN' }), now: new Date(), drafts: [] as string[] };
  return model.page(scope, 'RELEVANCE', 5, null, rules).matches.map((match) => match.offer.id);
};

const precision = (found: string[], relevant: (id: string) => boolean, relevantCount: number) => {
  const considered = Math.min(5, relevantCount);
  return found.slice(0, considered).filter(relevant).length / considered;
};

describe('the relevance set', () => {
  it('puts the expected offers on top at least as often as today, and more with misspellings and synonyms', () => {
    const seed = seedModel();
    const { model: bench, mainTheme } = benchModel();
    const rows: { search: string; today: number; forgiving: number }[] = [];
    for (const [search, expected] of SEED_SEARCHES) {
      const measure = (rules: SearchRules) => precision(top(seed, search, rules), (id) => expected.includes(id), expected.length);
      rows.push({ search: `seed: ${search}`, today: measure('today'), forgiving: measure('forgiving') });
    }
    for (const [search, themes] of BENCH_SEARCHES) {
      const relevant = (id: string) => [themes].flat().includes(mainTheme.get(id)!);
      const relevantCount = [...mainTheme.keys()].filter(relevant).length;
      const measure = (rules: SearchRules) => precision(top(bench, search, rules), relevant, relevantCount);
      rows.push({ search: `bench: ${search}`, today: measure('today'), forgiving: measure('forgiving') });
    }
    const mean = (key: 'today' | 'forgiving') => rows.reduce((sum, row) => sum + row[key], 0) / rows.length;
    console.log(
      `relevance set, ${rows.length} searches, precision@5 today ${mean('today').toFixed(3)}, forgiving ${mean('forgiving').toFixed(3)}\n` +
        rows.map((row) => `${row.search}: ${row.today.toFixed(2)} → ${row.forgiving.toFixed(2)}`).join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(30);
    // no search gets worse; the set as a whole gets better
    for (const row of rows) expect([row.search, row.forgiving >= row.today]).toEqual([row.search, true]);
    expect(mean('forgiving')).toBeGreaterThan(mean('today'));
    // misspellings and the other language find what they were meant to
    for (const search of ['seed: gender', 'seed: stabilsation', 'seed: enfence', 'bench: gendre', 'bench: VBG', 'bench: livelihods']) {
      expect([search, rows.find((row) => row.search === search)!.forgiving]).toEqual([search, 1]);
    }
  });

  it('ranks exact matches above misspelt ones', () => {
    const { model } = benchModel();
    const scope = (search: string) => ({ criteria: criteriaOf({ search, status: 'OPEN' }), now: new Date(), drafts: [] as string[] });
    // a word with no synonym, whose misspellings exist in the data ("gouvernance" → "gouvernances"… and loose neighbours)
    const exact = model.match(scope('gouvernance'), 'today').map((match) => match.offer.id);
    const ranked = model.page(scope('gouvernance'), 'RELEVANCE', exact.length + 50, null).matches.map((match) => match.offer.id);
    expect(exact.length).toBeGreaterThan(0);
    // there are misspelt matches to rank below them
    expect(model.match(scope('gouvernance')).length).toBeGreaterThan(exact.length);
    expect(new Set(ranked.slice(0, exact.length))).toEqual(new Set(exact));
  });
});
