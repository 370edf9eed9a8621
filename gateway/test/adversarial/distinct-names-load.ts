import http from 'node:http';
import { Pool } from 'undici';

/*
 * Issue 21.2: thousands of near-identical queries that differ only by their operation name.
 * Each name is a new document, a new query plan and, when the entity cache keyed on the
 * fetch's text, new copies of the same entities: the process must level off within its budgets.
 */

const EMPLOYERS = 20;
const PADDING = 'x'.repeat(400);

/** A stand-in for every subgraph: a page of offers, each by its own employer, and those employers as entities (cacheable). */
export async function offersAndEmployersSubgraph(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { variables } = JSON.parse(body || '{}') as { variables?: { representations?: { id: string }[] } };
      const representations = variables?.representations;
      const data = representations
        ? { _entities: representations.map(({ id }) => ({ __typename: 'Organisation', id, name: `Employer ${id} ${PADDING}` })) }
        : {
            offers: {
              edges: Array.from({ length: EMPLOYERS }, (_, index) => ({
                node: {
                  __typename: 'Offer',
                  id: `offer-${index}`,
                  title: `Post ${index} ${PADDING}`,
                  organisation: { __typename: 'Organisation', id: `employer-${index}` },
                },
              })),
            },
          };
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=60' });
      response.end(JSON.stringify({ data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** The same page of offers and their employers, under a name of its own. */
export const namedPage = (index: number) =>
  `query Page${index}_${'N'.repeat(40)} { offers(first: ${EMPLOYERS}) { edges { node { id title organisation { id name } } } } }`;

export interface MemorySample {
  queries: number;
  heapUsedMb: number;
  residentMb: number;
}

/** The gateway's own gauges, from its `/metrics`. */
export async function memoryOf(origin: string, queries: number): Promise<MemorySample> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const gauge = (name: string) =>
    Number(
      text
        .split('\n')
        .find((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
        ?.split(' ')
        .at(-1),
    );
  return {
    queries,
    heapUsedMb: Math.round(gauge('nodejs_heap_size_used_bytes') / 2 ** 20),
    residentMb: Math.round(gauge('process_resident_memory_bytes') / 2 ** 20),
  };
}

/** `total` queries with distinct names over `connections` keep-alive connections; memory sampled every `every`. */
export async function sendDistinctNames(
  graphqlUrl: string,
  total: number,
  every: number,
  connections = 8,
): Promise<{ samples: MemorySample[]; failed: number }> {
  const url = new URL(graphqlUrl);
  const pool = new Pool(url.origin, { connections });
  const samples: MemorySample[] = [await memoryOf(url.origin, 0)];
  let failed = 0;
  let next = 0;
  const one = async () => {
    const index = next++;
    const response = await pool.request({
      method: 'POST',
      path: url.pathname,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: namedPage(index) }),
    });
    const answer = (await response.body.json()) as { data?: { offers?: unknown }; errors?: unknown };
    if (!answer.data?.offers || answer.errors) failed += 1;
  };
  try {
    for (let sent = 0; sent < total; sent += every) {
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (next < Math.min(total, sent + every)) await one();
        }),
      );
      samples.push(await memoryOf(url.origin, next));
    }
  } finally {
    await pool.close();
  }
  return { samples, failed };
}
