import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

const deepQuery = `{ organisation(id: "monusco-uas") { ${'parent { '.repeat(19)}id${' }'.repeat(19)} } }`;
const aliasQuery = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: organisation(id: "undp") { id }`).join(' ')} }`;
const fewAliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: organisation(id: "undp") { id }`).join(' ')} }`;

const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => error.extensions?.code);

describe('gateway limits and request protections', () => {
  let development: RunningGraph;
  let production: RunningGraph;
  beforeAll(async () => {
    development = await startGraph();
    production = await startGraph({ production: true });
  });
  afterAll(async () => {
    await development.stop();
    await production.stop();
  });

  it('refuses a 20-deep query before calling any subgraph', async () => {
    const response = await graphql(development.url, deepQuery);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(codes(response)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    expect(response.errors![0]!.message).toBe('The operation is nested too deeply: 21 levels, the limit is 10');
  });

  it('refuses 200 aliases, and 16 aliases, but answers 15', async () => {
    const twoHundred = await graphql(development.url, aliasQuery);
    expect(twoHundred.status).toBe(400);
    expect(codes(twoHundred)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
    const sixteen = await graphql(development.url, fewAliases(16));
    expect(codes(sixteen)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    expect(sixteen.errors![0]!.message).toBe('The operation has too many aliases: 16 aliases, the limit is 15');
    const fifteen = await graphql(development.url, fewAliases(15));
    expect(fifteen.errors).toBeUndefined();
  });

  it('refuses a document of more than 2000 tokens, before any subgraph is called', async () => {
    const response = await graphql(development.url, `{ ${'__typename '.repeat(2001)}}`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['TOKEN_LIMIT_EXCEEDED']);
    expect(response.errors![0]!.message).toBe('The document is too large: 2003 tokens, the limit is 2000');
  });

  it('refuses more than 20 directives, and answers 20', async () => {
    const withDirectives = (count: number) => `{ organisation(id: "undp") { ${'name @include(if: true) '.repeat(count)}} }`;
    const refused = await graphql(development.url, withDirectives(21));
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['DIRECTIVE_LIMIT_EXCEEDED']);
    expect(refused.errors![0]!.message).toBe('The operation has too many directives: 21 directives, the limit is 20');
    const answered = await graphql(development.url, withDirectives(20));
    expect(answered.errors).toBeUndefined();
  });

  it('refuses first: 100000, given inline or as a variable, with BAD_USER_INPUT naming the argument', async () => {
    const inline = await graphql(
      development.url,
      `
        {
          organisation(id: "undp") {
            units {
              id
            }
          }
          organisations(first: 100000) {
            totalCount
          }
        }
      `,
    );
    expect(inline.status).toBe(400);
    expect(inline.data).toBeUndefined();
    expect(inline.errors).toContainEqual(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
    );
    const variable = await graphql(
      development.url,
      `
        query ($n: Int) {
          organisations(first: $n) {
            totalCount
          }
        }
      `,
      { n: 100000 },
    );
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(variable.errors?.[0]?.message).toBe('first must be between 0 and 100; got 100000');
  });

  it('names the offending path when a variable does not fit its type', async () => {
    const response = await graphql(
      production.url,
      `
        query ($filter: OrganisationFilter) {
          organisations(filter: $filter) {
            totalCount
          }
        }
      `,
      {
        filter: { kinds: ['CHARITY'] },
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.kinds.0' });
  });

  it('does not reveal its limits or suggest field names in production', async () => {
    const deep = await graphql(production.url, deepQuery);
    expect(codes(deep)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    const messages = (response: typeof deep) => (response.errors ?? []).map((error) => error.message).join(' ');
    expect(messages(deep)).not.toMatch(/10|21|limit of/);
    const aliases = await graphql(production.url, aliasQuery);
    expect(messages(aliases)).not.toMatch(/2000/);
    const typo = await graphql(
      production.url,
      `
        {
          organisation(id: "undp") {
            nam
          }
        }
      `,
    );
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|"name"/);
  });

  it('shows no stack trace in production and a request id on every error', async () => {
    const response = await graphql(
      production.url,
      `
        query ($n: Int) {
          organisations(first: $n) {
            totalCount
          }
        }
      `,
      { n: 101 },
    );
    const [error] = response.errors!;
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first', requestId: expect.any(String) });
  });

  it('turns introspection off in production and keeps it on in development', async () => {
    const query = `{ __schema { queryType { name } } }`;
    expect((await graphql(development.url, query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(codes(await graphql(production.url, query))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses batched requests', async () => {
    const response = await fetch(development.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a cross-site GET that a browser could send without a preflight (CSRF)', async () => {
    const response = await fetch(`${development.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a body over MAX_BODY_BYTES (6 MB, room for an imported document) with a coded error', async () => {
    const response = await fetch(development.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(6_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is larger than 6000 kB', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers UNAUTHENTICATED at the gateway for a token that fails verification, even on a read', async () => {
    const response = await graphql(
      development.url,
      `
        {
          organisation(id: "undp") {
            id
          }
        }
      `,
      {},
      { authorization: 'Bearer forged' },
    );
    expect(response.status).toBe(401);
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('echoes the caller’s request id and exposes Prometheus metrics', async () => {
    const response = await fetch(development.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-123' },
      body: JSON.stringify({ query: 'query OrganisationCount { organisations { totalCount } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    const metrics = await (await fetch(new URL('/metrics', development.url))).text();
    expect(metrics).toMatch(/passerelle_graphql_requests_total\{[^}]*operation="OrganisationCount"[^}]*outcome="ok"[^}]*\} 1/);
    expect(metrics).toMatch(/passerelle_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="organisations"/);
    const subgraphMetrics = await (await fetch(new URL('/metrics', development.subgraphs.organisations.url))).text();
    expect(subgraphMetrics).toMatch(/passerelle_db_pool_connections\{[^}]*state="open"/);
  });
});
