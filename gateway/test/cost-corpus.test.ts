import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { mintToken } from '@passerelle/auth';
import { graphql, type GraphQLResponse } from '@passerelle/testing';
import { SUPERGRAPH_PATH } from '../src/gateway';
import { costDirectivesOf } from '../src/cost/cost-directives';
import { DEFAULT_LIMITS } from '../src/limits';
import { wholeCorpus, type CorpusQuery } from './support/corpus';
import { startGraph, type RunningGraph } from './support/graph';

/** A query clients send must stay this far under the limit, so that a slightly larger page still passes. */
const ROOM = 1.5;
const LIMIT = DEFAULT_LIMITS.maxCost;
const corpus = wholeCorpus();

type Cost = { estimated: number; actual?: number; limit?: number };
const costOf = (response: GraphQLResponse) => (response.extensions as { cost?: Cost } | undefined)?.cost;
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

async function ask(url: string, entry: CorpusQuery) {
  const headers: Record<string, string> = entry.signedIn
    ? { authorization: `Bearer ${await mintToken({ subject: 'corpus', roles: ['admin'] })}` }
    : {};
  return graphql(url, entry.query, entry.variables, headers);
}

describe('demand control on the query corpus', () => {
  let graph: RunningGraph;
  /** The same limits but depth, so that a query deeper than 10 reaches the cost limit too. */
  let deepGraph: RunningGraph;
  const report: { name: string; expect: string; estimated?: number; actual?: number }[] = [];
  beforeAll(async () => {
    graph = await startGraph();
    deepGraph = await startGraph({ limits: { ...DEFAULT_LIMITS, maxDepth: 100 } });
  });
  afterAll(async () => {
    console.log(
      `cost limit ${LIMIT}; estimated and actual cost of each corpus query:\n${report
        .map(
          (row) =>
            `  ${row.name.padEnd(42)} ${row.expect.padEnd(7)} ${String(row.estimated ?? '-').padStart(9)} ${String(row.actual ?? '-').padStart(7)}`,
        )
        .join('\n')}`,
    );
    await graph.stop();
    await deepGraph.stop();
  });

  it('has the queries the issue names: README, benchmark, large pages and what must be refused', () => {
    const names = corpus.map((entry) => entry.name);
    expect(names.filter((name) => name.startsWith('readme') || name.startsWith('docs/')).length).toBeGreaterThanOrEqual(10);
    expect(names).toEqual(expect.arrayContaining(['bench list', 'bench search', 'bench detail', 'bench organisation', 'bench funding']));
    expect(corpus.filter((entry) => entry.expect === 'refuse').length).toBeGreaterThanOrEqual(3);
  });

  it.each(corpus.filter((entry) => entry.expect === 'answer').map((entry) => [entry.name, entry] as const))(
    '%s passes every limit, with room under the cost limit, and answers without errors',
    async (_name, entry) => {
      const response = await ask(graph.url, entry);
      const cost = costOf(response);
      report.push({ name: entry.name, expect: entry.expect, estimated: cost?.estimated, actual: cost?.actual });
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
      expect(cost).toEqual({ estimated: expect.any(Number), actual: expect.any(Number), limit: LIMIT });
      expect(cost!.estimated * ROOM).toBeLessThanOrEqual(LIMIT);
      expect(cost!.actual).toBeLessThanOrEqual(cost!.estimated);
    },
  );

  it.each(corpus.filter((entry) => entry.expect === 'refuse').map((entry) => [entry.name, entry] as const))(
    '%s is estimated above the limit and refused before any subgraph is called',
    async (_name, entry) => {
      for (const queries of Object.values(deepGraph.queries)) queries.reset();
      const response = await ask(deepGraph.url, entry);
      const estimated = (response.errors?.[0]?.extensions?.cost as Cost | undefined)?.estimated;
      report.push({ name: entry.name, expect: entry.expect, estimated });
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(codes(response)).toEqual(['COST_ESTIMATED_TOO_EXPENSIVE']);
      expect(response.errors![0]!.message).toBe(
        `The operation's estimated cost, ${estimated}, exceeds the limit of ${LIMIT}: ask for smaller pages or fewer fields`,
      );
      expect(estimated).toBeGreaterThan(LIMIT);
      expect(Object.values(deepGraph.queries).map((queries) => queries.count)).toEqual([0, 0, 0]);
      // With the default limits too, by whichever limit refuses it first.
      const defaults = await ask(graph.url, entry);
      expect(defaults.status).toBe(400);
      expect(codes(defaults)).toEqual([entry.refusedWith]);
    },
  );

  it.each(corpus.filter((entry) => entry.expect === 'limit').map((entry) => [entry.name, entry] as const))(
    "%s is refused by its limit, with that limit's own code, before any subgraph is called",
    async (_name, entry) => {
      for (const queries of Object.values(graph.queries)) queries.reset();
      const response = await ask(graph.url, entry);
      report.push({ name: entry.name, expect: entry.expect });
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(codes(response)).toEqual([entry.refusedWith]);
      const [error] = response.errors!;
      expect(error!.message).not.toMatch(/Syntax Error/);
      expect(error!.extensions).toEqual({
        code: entry.refusedWith,
        limit: expect.any(Number),
        ...(entry.refusedWith === 'TOKEN_LIMIT_EXCEEDED' ? {} : { found: (error!.extensions!.limit as number) + 1 }),
        ...(entry.refusedWith === 'TOKEN_LIMIT_EXCEEDED' ? { found: expect.any(Number) } : {}),
        requestId: expect.any(String),
      });
      expect(Object.values(graph.queries).map((queries) => queries.count)).toEqual([0, 0, 0]);
    },
  );

  it('has a query for each limit’s refusal', () => {
    const refusedWith = new Set(corpus.map((entry) => entry.refusedWith));
    for (const code of [
      'DEPTH_LIMIT_EXCEEDED',
      'ALIAS_LIMIT_EXCEEDED',
      'DIRECTIVE_LIMIT_EXCEEDED',
      'TOKEN_LIMIT_EXCEEDED',
      'COST_ESTIMATED_TOO_EXPENSIVE',
    ]) {
      expect(refusedWith).toContain(code);
    }
  });

  it('counts a page size given as a variable, or left to its default, as if it were written in the query', async () => {
    const page = (first: string) =>
      `query${first.includes('$n') ? ' ($n: Int)' : ''} { offers${first} { edges { node { title organisation { name } } } } }`;
    const literal = costOf(await graphql(graph.url, page('(first: 100)')))!.estimated;
    const variable = costOf(await graphql(graph.url, page('(first: $n)'), { n: 100 }))!.estimated;
    const byDefault = costOf(await graphql(graph.url, page('')))!.estimated;
    expect(variable).toBe(literal);
    expect(byDefault).toBe(costOf(await graphql(graph.url, page('(first: 20)')))!.estimated);
    expect(byDefault).toBeLessThan(literal);
  });

  it('sizes every list of objects in the supergraph, so no estimate falls back on a guess', () => {
    const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
    const schema = buildSchema(sdl);
    const directives = costDirectivesOf(sdl);
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.startsWith('join__') || type.name.startsWith('link__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type)) || !isObjectType(getNamedType(field.type))) continue;
        const sizedByParent = field.name === 'edges' && type.name.endsWith('Connection');
        if (!directives.listSize(type.name, field.name) && !sizedByParent) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });
});

describe('demand control in production', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph({ production: true, limits: { ...DEFAULT_LIMITS, maxDepth: 100 } });
  });
  afterAll(() => graph.stop());

  it('refuses with the same code but reveals neither the estimate nor the limit', async () => {
    const refused = corpus.find((entry) => entry.name === 'corpus nested-pages')!;
    const response = await ask(graph.url, refused);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      {
        message: 'The operation is too expensive: ask for smaller pages or fewer fields',
        extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', requestId: expect.any(String) },
      },
    ]);
    expect(response.extensions).toBeUndefined();
    expect(JSON.stringify(response)).not.toMatch(new RegExp(String(LIMIT)));
  });

  it('reports each answer’s estimated and actual cost, not the limit', async () => {
    const response = await graphql(
      graph.url,
      `
        query Costed {
          offers(first: 5) {
            edges {
              node {
                title
              }
            }
          }
        }
      `,
    );
    expect(response.extensions).toEqual({ cost: { estimated: 11, actual: expect.any(Number) } });
    const metrics = await (await fetch(new URL('/metrics', graph.url))).text();
    expect(metrics).toMatch(/passerelle_operation_estimated_cost_count\{[^}]*operation="Costed"[^}]*\} 1/);
    expect(metrics).toMatch(/passerelle_operation_actual_cost_count\{[^}]*operation="Costed"[^}]*\} 1/);
  });
});
