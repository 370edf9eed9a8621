import { criteriaOf, type OfferFilterInput } from '../src/offers/offer-filter';
import { sortKeyOf, type OfferOrder, type OfferSortKey } from '../src/offers/offer-order';
import { compareIds } from '../src/offers/offer-deadline-page';
import { CONTRACT_TYPES } from '../src/offers/offer.entity';
import type { OpenOffer } from '../src/open-offers/open-offer';
import { facetOf, OpenOffersModel, type ModelMatch } from '../src/open-offers/open-offers-model';
import { openOfferSource } from './open-offer-source';

/*
 * The model's postings and stored orders against a brute-force scan of the same offers:
 * every page (cursors followed to the end), count and facet, on generated offers with many
 * ties (shared deadlines and posting dates, offers without either), after updates and removals.
 */

const NOW = new Date('2026-12-06T12:00:00Z');
const DAY = 86_400_000;
const COUNTRIES = ['CD', 'FR', 'HT', 'ML', 'SN'];
const THEMES = ['health', 'protection', 'education', 'wash'];
const CITIES = ['Goma', 'Paris', 'Port-au-Prince', 'Bamako'];
const LANGUAGES = ['fr', 'en', 'es'];
const WORDS = ['coordinateur', 'logistique', 'santé', 'protection', 'enfance', 'nutrition', 'gender', 'données'];

/** A small deterministic generator, so that a failure can be replayed. */
function randomOf(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[], most: number) => [
    ...new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(items))),
  ];
  return { next, pick, some };
}

function sourceOf(random: ReturnType<typeof randomOf>, index: number, version = 1) {
  const day = (offset: number) => new Date(NOW.getTime() + offset * DAY);
  const cities = random.some(CITIES, 2);
  return openOfferSource({
    id: `offer-${String(index).padStart(3, '0')}`,
    version,
    title: `${random.pick(WORDS)} ${random.pick(WORDS)}`,
    description: random.some(WORDS, 3).join(' '),
    organisationId: random.pick(['unicef', 'msf', 'unhcr']),
    contractType: random.pick(CONTRACT_TYPES),
    // few distinct values: many ties, some past, some missing
    deadline: random.next() < 0.15 ? null : day(Math.floor(random.next() * 8) - 2),
    postedAt: random.next() < 0.15 ? null : day(-Math.floor(random.next() * 6)),
    lists: {
      dutyStations: cities.map((city) => ({ city, countryCode: random.pick(COUNTRIES) })),
      countryCodes: random.some(COUNTRIES, 2),
      languages: random.some(LANGUAGES, 2).map((code) => ({ code, required: random.next() < 0.5 })),
      themes: random.some(THEMES, 2),
      programmeIds: random.some(['p1', 'p2', 'p3'], 1),
    },
  });
}

const cityKey = (city: string) => city.toLowerCase().replace(/-/g, ' ');

/** The filter's meaning, written plainly over one offer. */
function passes(offer: OpenOffer, filter: OfferFilterInput): boolean {
  const anyOf = (wanted: readonly string[] | null | undefined, values: readonly string[]) =>
    !wanted?.length || values.some((value) => wanted.includes(value));
  const deadline = filter.deadline ?? {};
  return (
    (offer.deadline === null || offer.deadline > NOW.getTime()) &&
    anyOf(filter.countryCodes, offer.countryCodes) &&
    anyOf(filter.themes, offer.themes) &&
    anyOf(filter.contractTypes, [offer.contractType]) &&
    anyOf(filter.organisationIds, [offer.organisationId]) &&
    anyOf(filter.languages, offer.languages) &&
    anyOf(filter.programmeIds, offer.programmeIds) &&
    anyOf(filter.cities?.map(cityKey), offer.cityKeys) &&
    (!deadline.from || (offer.deadline !== null && offer.deadline >= deadline.from.getTime())) &&
    (!deadline.to || (offer.deadline !== null && offer.deadline < deadline.to.getTime()))
  );
}

/** The order's meaning, written plainly: a full sort. */
function compareIn(order: OfferOrder): (a: ModelMatch, b: ModelMatch) => number {
  if (order === 'RELEVANCE') return (a, b) => b.relevance - a.relevance || compareIds(a.offer.id, b.offer.id);
  const valueOf = (match: ModelMatch) => (order === 'DEADLINE' ? match.offer.deadline : match.offer.postedAt);
  const direction = order === 'DEADLINE' ? 1 : -1;
  return (a, b) => {
    const [left, right] = [valueOf(a), valueOf(b)];
    if ((left === null) !== (right === null)) return left === null ? 1 : -1;
    return (left !== null && right !== null ? (left - right) * direction : 0) || compareIds(a.offer.id, b.offer.id);
  };
}

function filterOf(random: ReturnType<typeof randomOf>): OfferFilterInput {
  const filter: OfferFilterInput = { status: 'OPEN' };
  if (random.next() < 0.4) filter.countryCodes = random.some(COUNTRIES, 2);
  if (random.next() < 0.3) filter.themes = random.some(THEMES, 2);
  if (random.next() < 0.2) filter.contractTypes = random.some(CONTRACT_TYPES, 3);
  if (random.next() < 0.15) filter.organisationIds = random.some(['unicef', 'msf', 'unhcr', 'nobody'], 2);
  if (random.next() < 0.15) filter.languages = random.some(LANGUAGES, 1);
  if (random.next() < 0.1) filter.programmeIds = ['p2'];
  if (random.next() < 0.1) filter.cities = [random.pick(CITIES)];
  if (random.next() < 0.15) filter.deadline = { from: new Date(NOW.getTime() + DAY), to: new Date(NOW.getTime() + 4 * DAY) };
  if (random.next() < 0.35) filter.search = random.pick([...WORDS, 'logistque', 'genre', 'sante enfance']);
  return filter;
}

/** Every page of the connection, each cursor the previous page's last key, as the connection makes it. */
function allPages(model: OpenOffersModel, filter: OfferFilterInput, order: OfferOrder, size: number): ModelMatch[][] {
  const scope = { criteria: criteriaOf(filter), now: NOW, drafts: [] as string[] };
  const pages: ModelMatch[][] = [];
  let after: OfferSortKey | null = null;
  for (;;) {
    const page = model.page(scope, order, size, after).matches;
    if (!page.length) return pages;
    pages.push(page);
    const last = page[page.length - 1]!;
    after = sortKeyOf(order, { offer: last.offer.summary, relevance: last.relevance });
  }
}

const idsOf = (matches: ModelMatch[]) => matches.map((match) => `${match.offer.id}@${match.relevance}`);

describe('open offers pages from postings and stored orders', () => {
  it('agree with a brute-force scan: pages through cursors, ties, counts and facets, after updates and removals', () => {
    const random = randomOf(22);
    const model = new OpenOffersModel();
    for (let index = 0; index < 300; index += 1) model.apply(sourceOf(random, index));
    const check = (label: string) => {
      for (let round = 0; round < 60; round += 1) {
        const filter = filterOf(random);
        const scope = { criteria: criteriaOf(filter), now: NOW, drafts: [] as string[] };
        const order: OfferOrder = filter.search && random.next() < 0.5 ? 'RELEVANCE' : random.pick(['DEADLINE', 'RECENT'] as const);
        // the search's matches and relevances, then the filter and the order written plainly
        const candidates = filter.search
          ? model.match({ ...scope, criteria: criteriaOf({ status: 'OPEN', search: filter.search }) })
          : model.match({ ...scope, criteria: criteriaOf({ status: 'OPEN' }) });
        const expected = candidates.filter((match) => passes(match.offer, filter)).sort(compareIn(order));
        const size = random.pick([1, 3, 7, 20]);
        const pages = allPages(model, filter, order, size);
        const context = `${label}: ${JSON.stringify(filter)} by ${order}, pages of ${size}`;
        expect([context, idsOf(pages.flat())]).toEqual([context, idsOf(expected)]);
        expect([context, pages.slice(0, -1).every((page) => page.length === size)]).toEqual([context, true]);
        const first = model.page(scope, order, size, null);
        expect([context, first.totalCount()]).toEqual([context, expected.length]);
        expect([context, first.facet((offer) => offer.countryCodes)]).toEqual([context, facetOf(expected, (offer) => offer.countryCodes)]);
        expect([context, first.facet((offer) => offer.contractType)]).toEqual([context, facetOf(expected, (offer) => offer.contractType)]);
      }
    };
    check('as loaded');
    // the stored orders now built: changes go in one at a time
    for (let index = 0; index < 300; index += 3) model.apply(sourceOf(random, index, 2));
    for (let index = 1; index < 300; index += 7) model.apply({ ...sourceOf(random, index, 3), state: 'CLOSED' });
    for (let index = 300; index < 340; index += 1) model.apply(sourceOf(random, index));
    check('after updates, closings and new offers');
  });

  it('holds what a list shows: the summary and lists of each offer on the page', () => {
    const model = new OpenOffersModel();
    const source = sourceOf(randomOf(7), 1);
    model.apply({ ...source, deadline: null, grade: 'P-4', organisationName: 'UNICEF' });
    const [match] = model.page({ criteria: criteriaOf({ status: 'OPEN' }), now: NOW, drafts: [] }, 'DEADLINE', 20, null).matches;
    expect(match!.offer.summary).toMatchObject({
      id: source.id,
      title: source.title,
      grade: 'P-4',
      organisationName: 'UNICEF',
      deadline: null,
    });
    expect(match!.offer.summary).not.toHaveProperty('description');
    expect(match!.offer.lists).toEqual(source.lists);
  });
});
