import { readFileSync } from 'node:fs';
import { graphql, killService, type GraphQLResponse } from '@passerelle/testing';
import { SUPERGRAPH_PATH } from '../src/gateway';
import { wholeCorpus } from './support/corpus';
import { DegradationModel } from './support/degradation';
import { startProcessGraph, SUBGRAPH_NAMES, type ProcessGraph, type SubgraphName } from './support/process-graph';

/*
 * Every read query clients are known to send (README, benchmark, corpus), with each
 * subgraph in turn hung (SIGSTOP: it accepts connections and never answers) and killed
 * (SIGKILL), through the real gateway and subgraph processes. Each answer must keep all
 * the data the other subgraphs can give (exactly what the degradation model derives from
 * the full answer), say which service failed and where, and come within the subgraph
 * time limit plus 500 ms.
 */

const TIME_LIMIT_MS = 1000;
const SLACK_MS = 500;
/** Clients asking at once: a few, as on a quiet day; a burst of all of them measures this 2-core machine's CPU instead. */
const CONCURRENCY = 4;
const reads = wholeCorpus().filter((entry) => entry.expect === 'answer' && !entry.signedIn);
const model = new DegradationModel(readFileSync(SUPERGRAPH_PATH, 'utf8'));
const FAULTS = { hung: 'SIGSTOP', killed: 'SIGKILL' } as const;
type Fault = keyof typeof FAULTS;

/** A query only `name` can answer, to see it answering again through the gateway. */
const PROBES: Record<SubgraphName, string> = {
  organisations: '{ organisation(id: "undp") { name } }',
  offers: '{ offer(id: "unops-haiti-community-mobilisation-2017") { title } }',
  programmes: '{ programme(id: "fcs") { name } }',
};

type Outcome = 'full' | 'partial' | 'empty';

function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

function at(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string | number, unknown>)[key]), data);
}

const databases = ['sqlite', ...(process.env.MYSQL_URL ? ['mysql' as const] : [])] as const;

describe.each(databases)('one subgraph down, every read query, on %s', (database) => {
  let graph: ProcessGraph;
  const full = new Map<string, Record<string, unknown> | null | undefined>();
  const figures: string[] = [];

  beforeAll(async () => {
    graph = await startProcessGraph(database, {
      // the model derives what a fault leaves from the subgraphs alone: entities cached earlier would survive it
      ENTITY_CACHE: 'off',
      SUBGRAPH_TIMEOUT_MS: String(TIME_LIMIT_MS),
      CIRCUIT_BREAKER_HALF_OPEN_MS: '200',
    });
    for (const entry of reads) {
      const response = await graphql(graph.url, entry.query, entry.variables);
      if (response.errors) throw new Error(`${entry.name} fails with every subgraph up: ${JSON.stringify(response.errors)}`);
      full.set(entry.name, response.data);
    }
  }, 120_000);

  afterAll(async () => {
    console.log(
      `fault matrix on ${database}: ${reads.length} read queries × 6 faults, subgraph time limit ${TIME_LIMIT_MS} ms\n${figures.join('\n')}`,
    );
    await graph?.stop();
  });

  async function answersAgain(subgraph: SubgraphName): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const response = await graphql(graph.url, PROBES[subgraph]).catch(() => undefined);
      if (response && !response.errors) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${subgraph} does not answer through the gateway again`);
  }

  const cases = SUBGRAPH_NAMES.flatMap((subgraph) => (Object.keys(FAULTS) as Fault[]).map((fault) => [subgraph, fault] as const));

  it.each(cases)(
    '%s %s: each answer keeps what the other subgraphs give, names the service and path, in time',
    async (subgraph, fault) => {
      const service = graph.subgraphs[subgraph];
      if (fault === 'killed') await killService(service);
      else service.signal(FAULTS[fault]);
      const outcomes: Record<Outcome, number> = { full: 0, partial: 0, empty: 0 };
      const problems: string[] = [];
      let slowest = 0;
      try {
        const answers = await inBatches(reads, CONCURRENCY, async (entry) => {
          const started = performance.now();
          const response: GraphQLResponse = await graphql(graph.url, entry.query, entry.variables);
          return { entry, response, elapsed: performance.now() - started };
        });
        for (const { entry, response, elapsed } of answers) {
          slowest = Math.max(slowest, elapsed);
          const complete = full.get(entry.name) ?? null;
          const expected = model.expectedWhenDown(entry.query, entry.variables, complete, subgraph);
          const outcome: Outcome =
            JSON.stringify(expected) === JSON.stringify(complete)
              ? 'full'
              : leaves(expected).some((leaf) => leaf !== null)
                ? 'partial'
                : 'empty';
          outcomes[outcome] += 1;
          const problem = (what: string) => problems.push(`${entry.name}: ${what}`);
          if (elapsed > TIME_LIMIT_MS + SLACK_MS) problem(`answered after ${Math.round(elapsed)} ms`);
          if (response.status !== 200) problem(`HTTP ${response.status}`);
          if (!isDeepEqual(response.data ?? null, expected)) {
            problem(`data ${JSON.stringify(response.data).slice(0, 400)}, expected ${JSON.stringify(expected).slice(0, 400)}`);
          }
          const errors = response.errors ?? [];
          if (outcome === 'full' && errors.length > 0)
            problem(`errors although nothing is missing: ${JSON.stringify(errors).slice(0, 300)}`);
          if (outcome !== 'full' && errors.length === 0) problem('data missing and no error says why');
          for (const error of errors) {
            if (error.extensions?.code !== 'SERVICE_UNAVAILABLE' || error.extensions?.service !== subgraph) {
              problem(`unexpected error ${JSON.stringify(error).slice(0, 300)}`);
            } else if (!error.path || at(complete, error.path) === undefined) {
              problem(`error without a path into the answer: ${JSON.stringify(error.path)}`);
            }
          }
        }
        figures.push(
          `  ${`${subgraph} ${fault}`.padEnd(22)} full ${String(outcomes.full).padStart(2)}  partial ${String(outcomes.partial).padStart(2)}  empty ${String(outcomes.empty).padStart(2)}  slowest answer ${Math.round(slowest)} ms`,
        );
      } finally {
        if (fault === 'killed') await graph.restart(subgraph);
        else service.signal('SIGCONT');
        await answersAgain(subgraph);
      }
      expect(problems).toEqual([]);
      // Every subgraph failing alone must leave some query partly answered: otherwise the nullability at the boundaries does nothing.
      expect(outcomes.partial).toBeGreaterThan(0);
    },
    60_000,
  );
});

async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  return results;
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
