import { graphql } from '@passerelle/testing';
import { startProcessGraph, type ProcessGraph } from './support/process-graph';

const TIME_LIMIT_MS = 1000;
const HALF_OPEN_MS = 3000;
const ACROSS_TWO = '{ offer(id: "undp-stabilisation-coordination-2020") { title programmes { name } } }';

async function circuits(graph: ProcessGraph): Promise<Record<string, string>> {
  const ready = (await (await fetch(new URL('/ready', graph.url))).json()) as { circuits: Record<string, string> };
  return ready.circuits;
}

describe('circuit breaker per subgraph, configured from the environment', () => {
  let graph: ProcessGraph;
  beforeAll(async () => {
    graph = await startProcessGraph('sqlite', {
      SUBGRAPH_TIMEOUT_MS: String(TIME_LIMIT_MS),
      CIRCUIT_BREAKER_FAILURES: '3',
      CIRCUIT_BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS),
    });
  }, 120_000);
  afterAll(() => graph?.stop());

  it('opens after repeated time-outs, answers at once while open, and closes once a probe succeeds', async () => {
    expect(await circuits(graph)).toEqual({ organisations: 'closed', offers: 'closed', programmes: 'closed', imports: 'closed' });
    graph.subgraphs.programmes.signal('SIGSTOP');
    try {
      const timedOut = await Promise.all([1, 2, 3].map(() => graphql(graph.url, ACROSS_TWO)));
      for (const response of timedOut) expect(response.errors?.[0]?.message).toBe('The programmes service did not answer in time');
      expect((await circuits(graph)).programmes).toBe('open');
      const metrics = await (await fetch(new URL('/metrics', graph.url))).text();
      expect(metrics).toMatch(/passerelle_subgraph_circuit_state\{[^}]*subgraph="programmes"[^}]*state="open"[^}]*\} 1/);
      expect(metrics).toMatch(/passerelle_subgraph_circuit_state\{[^}]*subgraph="offers"[^}]*state="closed"[^}]*\} 1/);

      const started = performance.now();
      const failedFast = await graphql<{ offer: { title: string; programmes: unknown[] } }>(graph.url, ACROSS_TWO);
      const elapsed = performance.now() - started;
      console.log(
        `circuit open: a query needing the hung programmes subgraph answered in ${Math.round(elapsed)} ms (time limit ${TIME_LIMIT_MS} ms)`,
      );
      expect(elapsed).toBeLessThan(TIME_LIMIT_MS / 2);
      expect(failedFast.data?.offer.title).toMatch(/Stabilisation/);
      expect(failedFast.data?.offer.programmes).toEqual([null]);
      expect(failedFast.errors).toEqual([
        expect.objectContaining({
          message: 'The programmes service is unavailable',
          path: ['offer', 'programmes', 0],
          extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', service: 'programmes' }),
        }),
      ]);

      // After the half-open delay one request probes the hung subgraph; the others do not wait for it.
      await new Promise((resolve) => setTimeout(resolve, HALF_OPEN_MS));
      const probe = graphql(graph.url, ACROSS_TWO);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // /metrics, not /ready, whose own check of the hung subgraph takes longer than the probe
      expect(await (await fetch(new URL('/metrics', graph.url))).text()).toMatch(
        /passerelle_subgraph_circuit_state\{[^}]*subgraph="programmes"[^}]*state="half_open"[^}]*\} 1/,
      );
      const duringProbe = performance.now();
      const notWaiting = await graphql(graph.url, ACROSS_TWO);
      expect(performance.now() - duringProbe).toBeLessThan(TIME_LIMIT_MS / 2);
      expect(notWaiting.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'programmes' });
      expect((await probe).errors?.[0]?.message).toBe('The programmes service did not answer in time');
    } finally {
      graph.subgraphs.programmes.signal('SIGCONT');
    }

    const deadline = Date.now() + 15_000;
    let healed = false;
    while (!healed && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      healed = !(await graphql(graph.url, ACROSS_TWO)).errors;
    }
    expect(healed).toBe(true);
    expect(await circuits(graph)).toEqual({ organisations: 'closed', offers: 'closed', programmes: 'closed', imports: 'closed' });
  }, 60_000);
});
