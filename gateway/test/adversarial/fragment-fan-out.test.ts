import { readFileSync } from 'node:fs';
import http from 'node:http';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { Kind, parse, specifiedRules, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { costDirectivesOf } from '../../src/cost/cost-directives';
import { actualCost, CostEstimateTooComplex, estimatedCost } from '../../src/cost/cost-estimate';
import { SUPERGRAPH_PATH } from '../../src/gateway';
import { DEFAULT_LIMITS, queryLimits } from '../../src/limits';
import { pageSizeRule } from '../../src/page-size';
import { ChildProcesses, freePort, waitForHealth } from '../support/processes';
import { spawnGateway } from '../support/stand-in-subgraph';
import { FAN_OUT_SHAPES, FAN_OUT_SIZES, fanOutDocument } from './fan-out-documents';

/*
 * Issue 21.1: thirty fragments each spreading the next twice (1.3 kB) froze the gateway for
 * more than ten minutes, because its cost estimate expanded every spread. Each stage a
 * document goes through must stay linear in the document: validation, planning, the
 * estimate and the actual cost counted on the answer. The bounds are generous (seconds
 * where the fixed code takes milliseconds, and the broken one minutes at 30 fragments).
 */

const STAGE_BOUND_MS = 2000;
const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
const supergraph = Supergraph.build(sdl);
const apiSchema = supergraph.apiSchema().toGraphQLJSSchema();
const directives = costDirectivesOf(sdl);

function timed<T>(stage: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = stage();
  return { result, ms: performance.now() - started };
}

function costInputs(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { schema: apiSchema, directives, operation, fragments, variables: {}, defaultListSize: 10 };
}

const cases = FAN_OUT_SHAPES.flatMap((shape) => FAN_OUT_SIZES.map((fragments) => [shape, fragments] as const));

describe.each(cases)('a fan-out of %s, %i deep', (shape, fragments) => {
  const query = fanOutDocument(fragments, shape);

  it('is validated, planned and its cost estimated, each stage within the bound', () => {
    const document = parse(query);
    const rules = [...specifiedRules, pageSizeRule(100), ...queryLimits(DEFAULT_LIMITS, true).validationRules];
    const validation = timed(() => validate(apiSchema, document, rules));
    expect(validation.ms).toBeLessThan(STAGE_BOUND_MS);
    // the aliases of the last shape are more than the alias limit allows: refused there
    if (shape === 'field aliases') expect(validation.result.length).toBeGreaterThan(0);
    else expect(validation.result).toEqual([]);

    const planning = timed(() => new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.apiSchema(), document)));
    expect(planning.ms).toBeLessThan(STAGE_BOUND_MS);

    const estimation = timed(() => estimatedCost(costInputs(query)));
    expect(estimation.ms).toBeLessThan(STAGE_BOUND_MS);
    // one offer; the leaves are scalars; the aliased titles are scalars too
    expect(estimation.result).toBe(1);

    const answer = {
      offer: {
        id: 'fan-out',
        title: 'A post',
        ...Object.fromEntries(Array.from({ length: fragments }, (_, index) => [`t${index + 1}`, 'A post'])),
      },
    };
    const counting = timed(() => actualCost(costInputs(query), answer));
    expect(counting.ms).toBeLessThan(STAGE_BOUND_MS);
    expect(counting.result).toBe(1);
  });
});

describe('the cost estimate’s own bound', () => {
  it('refuses to walk more selections than its budget, whatever the document', () => {
    const wide = `{ offer(id: "x") { ${Array.from({ length: 50 }, (_, index) => `t${index}: title`).join(' ')} } }`;
    expect(() => estimatedCost(costInputs(wide), 40)).toThrow(CostEstimateTooComplex);
    expect(estimatedCost(costInputs(wide), 60)).toBe(1);
  });
});

/** A subgraph stand-in answering every fetch with one offer, so the gateway has an answer to count. */
async function offerSubgraph(): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { offer: { __typename: 'Offer', id: 'fan-out', title: 'A post' } } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('the gateway process (production), sent fan-out documents over HTTP', () => {
  const children = new ChildProcesses();
  let subgraph: http.Server;
  let port: number;

  beforeAll(async () => {
    subgraph = await offerSubgraph();
    port = await freePort();
    const gateway = children.track(
      spawnGateway(port, subgraph, { NODE_ENV: 'production', JWT_SECRET: 'adversarial-suite-secret-0123456789abcdef' }),
    );
    await waitForHealth(port, gateway);
  }, 120_000);
  afterAll(async () => {
    await children.killAll();
    await new Promise((resolve) => subgraph.close(resolve));
  });

  it.each(cases)(
    'answers a fan-out of %s, %i deep, at once, and /health stays responsive meanwhile',
    async (shape, fragments) => {
      const url = `http://127.0.0.1:${port}`;
      const started = performance.now();
      const sent = fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: fanOutDocument(fragments, shape) }),
        signal: AbortSignal.timeout(10_000),
      });
      const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
      expect(health.status).toBe(200);
      const response = await sent;
      const answer = (await response.json()) as { data?: { offer: { id: string } | null }; errors?: { extensions?: { code?: string } }[] };
      const ms = performance.now() - started;
      console.log(`fan-out over HTTP, ${shape}, ${fragments} fragments: HTTP ${response.status} in ${Math.round(ms)} ms`);
      expect(ms).toBeLessThan(5000);
      if (shape === 'field aliases') {
        expect(response.status).toBe(400);
        expect(answer.errors?.[0]?.extensions?.code).toBe('ALIAS_LIMIT_EXCEEDED');
      } else {
        expect(answer).toMatchObject({ data: { offer: { id: 'fan-out' } } });
      }
    },
    30_000,
  );
});
