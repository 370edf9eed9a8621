import { FUNDING_BREAKDOWN, JOB_BOARD_LIST, OFFERS_ONLY_LIST, OFFER_PAGE, ORGANISATION_PAGE } from './documents';
import type { Pools } from './pools';

export const QUERY_NAMES = ['list', 'detail', 'organisation', 'funding', 'mix', 'single'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Carried from one request of a connection to its next: the list's filter and cursor, to ask for its next page. */
export interface Session {
  filter?: Record<string, unknown>;
  after?: string;
}

/** A request a connection sends in turn: its body, and what it learns from the answer. */
export interface Step {
  body(session: Session): string;
  observe?(response: string, session: Session): void;
}

/** The requests each connection sends, in a loop. */
export type Workload = Step[];

const request = (query: string) => {
  const prefix = `{"query":${JSON.stringify(query)},"variables":`;
  return (variables: Record<string, unknown>) => `${prefix}${JSON.stringify(variables)}}`;
};

const listRequest = request(JOB_BOARD_LIST);
const END_CURSOR = /"hasNextPage":true,"endCursor":"([^"]+)"/;

/** The job board's filters: a country, a search, both, a contract type, a theme; open offers only. */
function listFilter(pools: Pools): Record<string, unknown> {
  const kind = pools.random.weighted([
    ['country', 30], ['search', 25], ['search+country', 15], ['country+contract', 10], ['theme', 10], ['theme+country', 5], ['open', 5],
  ] as const);
  const filter: Record<string, unknown> = { status: 'OPEN' };
  if (kind.includes('country')) filter.countryCodes = [pools.country()];
  if (kind.includes('search')) filter.search = pools.search();
  if (kind.includes('contract')) filter.contractTypes = [pools.contractType()];
  if (kind.includes('theme')) filter.themes = [pools.theme()];
  return filter;
}

function firstListPage(pools: Pools): Step {
  return {
    body: (session) => {
      session.filter = listFilter(pools);
      return listRequest({ filter: session.filter, first: 20 });
    },
    observe: (response, session) => {
      session.after = END_CURSOR.exec(response)?.[1];
    },
  };
}

/** A visitor on the list page goes on to the next page when there is one. */
function nextListPage(pools: Pools): Step {
  const first = firstListPage(pools);
  return {
    body: (session) => (session.after ? listRequest({ filter: session.filter, first: 20, after: session.after }) : first.body(session)),
  };
}

const offerPage = (pools: Pools): Step => {
  const build = request(OFFER_PAGE);
  return { body: () => build({ id: pools.offerId() }) };
};

const organisationPage = (pools: Pools): Step => {
  const build = request(ORGANISATION_PAGE);
  return { body: () => build({ id: pools.organisationId() }) };
};

/** By donor for a few programmes, by year for a donor, by programme for a donor's paid gifts, or everything in euros. */
const fundingBreakdown = (pools: Pools): Step => {
  const build = request(FUNDING_BREAKDOWN);
  return {
    body: () => {
      const kind = pools.random.weighted([['programmes', 40], ['donor-years', 30], ['donor-programmes', 20], ['currency', 10]] as const);
      if (kind === 'programmes') return build({ groupBy: 'DONOR', filter: { programmeIds: pools.programmeIds(pools.random.int(1, 3)) } });
      if (kind === 'donor-years') return build({ groupBy: 'YEAR', filter: { donorIds: [pools.donorId()] } });
      if (kind === 'donor-programmes') return build({ groupBy: 'PROGRAMME', filter: { donorIds: [pools.donorId()], statuses: ['PAID'] } });
      return build({ groupBy: 'DONOR', filter: { currencies: ['EUR'], asOf: `${pools.random.int(2012, 2026)}-12-31` } });
    },
  };
};

const offersOnly = (pools: Pools): Step => {
  const build = request(OFFERS_ONLY_LIST);
  return {
    body: () => {
      const filter: Record<string, unknown> = { status: 'OPEN', countryCodes: [pools.country()] };
      if (pools.random.chance(0.3)) filter.search = pools.search();
      return build({ filter, first: 20 });
    },
  };
};

/** Traffic as a job board sees it: mostly lists and offers, some organisation pages, a few analysts. */
const mix = (pools: Pools): Step => {
  const steps = {
    list: firstListPage(pools),
    detail: offerPage(pools),
    organisation: organisationPage(pools),
    funding: fundingBreakdown(pools),
  };
  const weights = [['list', 50], ['detail', 30], ['organisation', 12], ['funding', 8]] as const;
  return { body: (session) => steps[pools.random.weighted(weights)].body(session) };
};

export function workloadFor(name: QueryName, pools: Pools): Workload {
  switch (name) {
    case 'list':
      return [firstListPage(pools), nextListPage(pools)];
    case 'detail':
      return [offerPage(pools)];
    case 'organisation':
      return [organisationPage(pools)];
    case 'funding':
      return [fundingBreakdown(pools)];
    case 'mix':
      return [mix(pools)];
    case 'single':
      return [offersOnly(pools)];
  }
}
