import { Registry } from 'prom-client';
import { circuitBreaker, circuitStateGauge } from '../../../src/subgraph-fetch/stages/circuit-breaker/circuit-breaker';
import { SubgraphFetchFailed, type SubgraphAnswer } from '../../../src/subgraph-fetch/fetch-context';
import { answered, fetchFor, recordingNext } from '../fetch-for';

const ORGANISATION = '{ organisation(id: "undp") { name } }';
const serverError: SubgraphAnswer = { status: 502, text: 'bad gateway' };
const refusal: SubgraphAnswer = { status: 400, body: { errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT' } }] } };

const breakerOf = (failuresToOpen: number, halfOpenAfterMs = 60_000) =>
  circuitBreaker('organisations', { failuresToOpen, halfOpenAfterMs }, circuitStateGauge(new Registry()));

describe('the circuit breaker stage', () => {
  it('opens after failures in a row (failed fetches and 5xx answers alike) and then fails at once without calling the subgraph', async () => {
    const circuit = breakerOf(3);
    const failing = recordingNext(() => Promise.reject(new SubgraphFetchFailed('timeout')));
    await expect(circuit.stage(fetchFor(ORGANISATION), failing)).rejects.toMatchObject({ reason: 'timeout' });
    await expect(circuit.stage(fetchFor(ORGANISATION), failing)).rejects.toMatchObject({ reason: 'timeout' });
    expect(circuit.state()).toBe('closed');
    expect(
      (
        await circuit.stage(
          fetchFor(ORGANISATION),
          recordingNext(() => serverError),
        )
      ).status,
    ).toBe(502);
    expect(circuit.state()).toBe('open');

    const healthy = recordingNext(() => answered({ organisation: { name: 'UNDP' } }));
    await expect(circuit.stage(fetchFor(ORGANISATION), healthy)).rejects.toMatchObject({ reason: 'circuit_open' });
    expect(healthy.received).toHaveLength(0);
  });

  it('does not count a subgraph’s refusal (a 4xx with its errors) against it, and a success starts the count again', async () => {
    const circuit = breakerOf(2);
    const failing = recordingNext(() => Promise.reject(new SubgraphFetchFailed('unreachable')));
    await expect(circuit.stage(fetchFor(ORGANISATION), failing)).rejects.toBeInstanceOf(SubgraphFetchFailed);
    await circuit.stage(
      fetchFor(ORGANISATION),
      recordingNext(() => refusal),
    );
    await circuit.stage(
      fetchFor(ORGANISATION),
      recordingNext(() => answered({ organisation: null })),
    );
    await expect(circuit.stage(fetchFor(ORGANISATION), failing)).rejects.toBeInstanceOf(SubgraphFetchFailed);
    expect(circuit.state()).toBe('closed');
  });

  it('lets one probe through after the half-open delay; the others fail at once meanwhile', async () => {
    const circuit = breakerOf(1, 10);
    await circuit.stage(
      fetchFor(ORGANISATION),
      recordingNext(() => serverError),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    let answerProbe: (answer: SubgraphAnswer) => void = () => undefined;
    const probe = circuit.stage(
      fetchFor(ORGANISATION),
      recordingNext(() => new Promise<SubgraphAnswer>((resolve) => (answerProbe = resolve))),
    );
    expect(circuit.state()).toBe('half_open');
    await expect(
      circuit.stage(
        fetchFor(ORGANISATION),
        recordingNext(() => answered({})),
      ),
    ).rejects.toMatchObject({ reason: 'circuit_open' });
    answerProbe(answered({ organisation: { name: 'UNDP' } }));
    await probe;
    expect(circuit.state()).toBe('closed');
  });

  it('passes every fetch on when turned off (0 failures to open)', async () => {
    const circuit = breakerOf(0);
    const next = recordingNext(() => serverError);
    for (let fetch = 0; fetch < 5; fetch += 1) await circuit.stage(fetchFor(ORGANISATION), next);
    expect(next.received).toHaveLength(5);
    expect(circuit.state()).toBe('off');
  });
});
