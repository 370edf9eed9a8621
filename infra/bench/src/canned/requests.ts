import { FUNDING_BREAKDOWN, HEAVY_NESTED, JOB_BOARD_LIST, OFFER_PAGE, ORGANISATION_PAGE } from '../queries/documents';
import { subgraphUrl, type Ports, type SubgraphName } from '../targets/environment';

/** The client requests of the canned mode's queries: bodies ready to send. */
export interface CannedRequests {
  mix: string[];
  heavy: string[];
}

/** `mix`'s shares (as in src/queries/workloads.ts), over a hundred requests. */
const MIX_SHARES = { list: 38, search: 12, detail: 30, organisation: 12, funding: 8 } as const;
const SEARCHES = [
  'coordinat',
  'protection',
  'santé',
  'health',
  'logisti',
  'nutrition',
  'stabilisation',
  'programme',
  'humanitaire',
  'consultant',
  'éducation',
  'finance',
];

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/**
 * The `mix` documents with variables drawn from the seed data (read from the real subgraphs
 * before recording), a hundred requests in mix's shares, and the heavy nested query.
 */
export async function cannedRequests(ports: Ports): Promise<CannedRequests> {
  const offers = await nodes<{ id: string; countryCodes: string[]; contractType: string }>(
    ports,
    'offers',
    '{ offers(first: 100) { edges { node { id countryCodes contractType } } } }',
  );
  const organisations = await nodes<{ id: string }>(ports, 'organisations', '{ organisations(first: 100) { edges { node { id } } } }');
  const programmes = await nodes<{ id: string }>(ports, 'programmes', '{ programmes(first: 100) { edges { node { id } } } }');
  const donors = (
    await ask<{ fundingBreakdown: { donor: { id: string } }[] }>(
      ports,
      'programmes',
      '{ fundingBreakdown(groupBy: DONOR) { donor { id } } }',
    )
  ).fundingBreakdown.map((group) => group.donor.id);
  const countries = [...new Set(offers.flatMap((offer) => offer.countryCodes))];
  const contracts = [...new Set(offers.map((offer) => offer.contractType))];
  const pick = <T>(items: T[], index: number): T => items[index % items.length]!;

  const make = {
    list: (index: number) => {
      const filter: Record<string, unknown> =
        index % 3 ? { countryCodes: [pick(countries, index)] } : { contractTypes: [pick(contracts, index)] };
      if (index % 2) filter.status = 'OPEN';
      return body(JOB_BOARD_LIST, { filter, first: 20 });
    },
    search: (index: number) =>
      body(JOB_BOARD_LIST, {
        filter: { search: pick(SEARCHES, index), ...(index % 4 === 3 ? { countryCodes: [pick(countries, index)] } : {}) },
        first: 20,
      }),
    detail: (index: number) => body(OFFER_PAGE, { id: pick(offers, index).id }),
    organisation: (index: number) => body(ORGANISATION_PAGE, { id: pick(organisations, index * 7).id }),
    funding: (index: number) =>
      index % 2
        ? body(FUNDING_BREAKDOWN, { groupBy: 'DONOR', filter: { programmeIds: [pick(programmes, index).id] } })
        : body(FUNDING_BREAKDOWN, { groupBy: 'YEAR', filter: { donorIds: [pick(donors, index)] } }),
  };
  const mix: string[] = [];
  for (const [kind, share] of Object.entries(MIX_SHARES) as [keyof typeof MIX_SHARES, number][]) {
    for (let index = 0; index < share; index += 1) mix.push(make[kind](index));
  }
  return { mix: [...new Set(mix)], heavy: [body(HEAVY_NESTED)] };
}

async function ask<Data>(ports: Ports, subgraph: SubgraphName, query: string): Promise<Data> {
  const response = await fetch(subgraphUrl(ports, subgraph), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as { data?: Data; errors?: unknown };
  if (!answer.data || answer.errors)
    throw new Error(`the ${subgraph} subgraph could not list the seed data: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

async function nodes<Node>(ports: Ports, subgraph: SubgraphName, query: string): Promise<Node[]> {
  const data = await ask<Record<string, { edges: { node: Node }[] }>>(ports, subgraph, query);
  const found = Object.values(data)[0]!.edges.map((edge) => edge.node);
  if (!found.length) throw new Error(`the ${subgraph} subgraph has no seed data`);
  return found;
}
