import { FUNDING_BREAKDOWN, HEAVY_NESTED, JOB_BOARD_LIST, OFFERS_ONLY_OFFER, OFFER_PAGE, ORGANISATION_PAGE } from './documents';
import type { Pools } from './pools';

export const QUERY_NAMES = ['list', 'search', 'detail', 'organisation', 'funding', 'mix', 'single', 'heavy'] as const;
/** What the full mode runs unless told otherwise; the heavy nested query is the canned mode's. */
export const FULL_MODE_QUERIES: readonly QueryName[] = ['list', 'search', 'detail', 'organisation', 'funding', 'mix', 'single'];
/** What the canned mode can run: its client requests are recorded (src/canned/requests.ts). */
export const CANNED_QUERIES = ['mix', 'heavy'] as const;
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

/** Browsing the job board: open offers by country, theme or contract type, or all of them. */
function browseFilter(pools: Pools): Record<string, unknown> {
  const kind = pools.random.weighted([
    ['country', 40],
    ['country+contract', 15],
    ['theme', 15],
    ['theme+country', 10],
    ['contract', 10],
    ['open', 10],
  ] as const);
  const filter: Record<string, unknown> = { status: 'OPEN' };
  if (kind.includes('country')) filter.countryCodes = [pools.country()];
  if (kind.includes('contract')) filter.contractTypes = [pools.contractType()];
  if (kind.includes('theme')) filter.themes = [pools.theme()];
  return filter;
}

/** Searching it: words typed in the search box, sometimes within a country. */
function searchFilter(pools: Pools): Record<string, unknown> {
  const filter: Record<string, unknown> = { status: 'OPEN', search: pools.search() };
  if (pools.random.chance(0.3)) filter.countryCodes = [pools.country()];
  return filter;
}

function firstListPage(pools: Pools, filterOf: (pools: Pools) => Record<string, unknown>): Step {
  return {
    body: (session) => {
      session.filter = filterOf(pools);
      return listRequest({ filter: session.filter, first: 20 });
    },
    observe: (response, session) => {
      session.after = END_CURSOR.exec(response)?.[1];
    },
  };
}

/** A visitor on the list page goes on to the next page when there is one. */
function nextListPage(pools: Pools): Step {
  const first = firstListPage(pools, browseFilter);
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
      const kind = pools.random.weighted([
        ['programmes', 40],
        ['donor-years', 30],
        ['donor-programmes', 20],
        ['currency', 10],
      ] as const);
      if (kind === 'programmes') return build({ groupBy: 'DONOR', filter: { programmeIds: pools.programmeIds(pools.random.int(1, 3)) } });
      if (kind === 'donor-years') return build({ groupBy: 'YEAR', filter: { donorIds: [pools.donorId()] } });
      if (kind === 'donor-programmes') return build({ groupBy: 'PROGRAMME', filter: { donorIds: [pools.donorId()], statuses: ['PAID'] } });
      return build({ groupBy: 'DONOR', filter: { currencies: ['EUR'], asOf: `${pools.random.int(2012, 2026)}-12-31` } });
    },
  };
};

const offersOnly = (pools: Pools): Step => {
  const build = request(OFFERS_ONLY_OFFER);
  return { body: () => build({ id: pools.offerId() }) };
};

/**
 * Traffic as a job board sees it: half list pages (browsing, and now and then a search),
 * offers' pages, some organisation pages, a few analysts.
 */
const mix = (pools: Pools): Step => {
  const steps = {
    list: firstListPage(pools, browseFilter),
    search: firstListPage(pools, searchFilter),
    detail: offerPage(pools),
    organisation: organisationPage(pools),
    funding: fundingBreakdown(pools),
  };
  const weights = [
    ['list', 38],
    ['search', 12],
    ['detail', 30],
    ['organisation', 12],
    ['funding', 8],
  ] as const;
  return { body: (session) => steps[pools.random.weighted(weights)].body(session) };
};

export function workloadFor(name: QueryName, pools: Pools): Workload {
  switch (name) {
    case 'list':
      return [firstListPage(pools, browseFilter), nextListPage(pools)];
    case 'search':
      return [firstListPage(pools, searchFilter)];
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
    case 'heavy':
      return [{ body: () => JSON.stringify({ query: HEAVY_NESTED, variables: {} }) }];
  }
}

/** A fixed list of request bodies, sent in turn over all connections. */
export function fixedWorkload(bodies: string[]): Workload {
  let next = 0;
  return [{ body: () => bodies[next++ % bodies.length]! }];
}
