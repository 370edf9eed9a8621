import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

describe('gateway over the three subgraphs', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  it('answers the quick-start query through the supergraph', async () => {
    const response = await graphql<{
      organisations: {
        totalCount: number;
        edges: { node: { name: string; acronym: string | null; parent: { acronym: string | null } | null } }[];
      };
    }>(
      graph.url,
      `
        {
          organisations(first: 5) {
            totalCount
            edges {
              node {
                name
                acronym
                parent {
                  acronym
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.organisations.edges).toHaveLength(5);
    expect(response.data!.organisations.totalCount).toBeGreaterThan(5);
  });

  it('resolves a unit and its parent across the graph', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          organisation(id: "unops-htoc") {
            acronym
            parent {
              name
              units {
                acronym
              }
            }
          }
        }
      `,
    );
    expect(response).toEqual({
      status: 200,
      data: {
        organisation: {
          acronym: 'HTOC',
          parent: { name: 'United Nations Office for Project Services', units: [{ acronym: 'HTOC' }] },
        },
      },
      extensions: { cost: { estimated: 22, actual: 3, limit: 20_000 } },
    });
  });

  it('passes a subgraph’s coded error through with the offending argument', async () => {
    const response = await graphql(
      graph.url,
      `
        {
          organisations(first: 5, after: "bm90LW91cnM") {
            totalCount
          }
        }
      `,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reports itself and each subgraph as ready', async () => {
    const ready = await fetch(new URL('/ready', graph.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { organisations: true, offers: true, programmes: true, imports: true },
      circuits: { organisations: 'closed', offers: 'closed', programmes: 'closed', imports: 'closed' },
    });
  });

  it('lets Apollo Sandbox call it from its origin (CORS preflight)', async () => {
    const preflight = await fetch(graph.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://studio.apollographql.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
  });

  it('serves the Sandbox landing page to a browser in development', async () => {
    const page = await fetch(graph.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('sandbox');
  });
});
