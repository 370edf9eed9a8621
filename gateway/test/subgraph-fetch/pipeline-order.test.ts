import { silentLogger } from '@passerelle/testing';
import { Registry } from 'prom-client';
import { pipeline, SubgraphFetchFailed, type Stage, type SubgraphAnswer, type SubgraphFetch } from '../../src/subgraph-fetch/fetch-context';
import { circuitBreaker, circuitStateGauge } from '../../src/subgraph-fetch/stages/circuit-breaker/circuit-breaker';
import { entityCache } from '../../src/subgraph-fetch/stages/entity-cache/entity-cache';
import { SharedFetches } from '../../src/subgraph-fetch/stages/shared-fetches/shared-fetches';
import { fetchFor } from './fetch-for';

/*
 * What the order of the stages in subgraph-fetch.ts gives, stage against stage: the
 * subgraph here is a last stage that answers or fails as the test says.
 */

const EMPLOYERS = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { name } } }';
const employers = (...ids: string[]) => fetchFor(EMPLOYERS, { representations: ids.map((id) => ({ __typename: 'Organisation', id })) });

function standInSubgraph() {
  const state = { down: false, calls: 0 };
  const stage: Stage = async (fetch: SubgraphFetch): Promise<SubgraphAnswer> => {
    state.calls += 1;
    if (state.down) throw new SubgraphFetchFailed('unreachable');
    const ids = (fetch.variables.representations as { id: string }[]).map(({ id }) => id);
    return { status: 200, cacheControl: 'max-age=60, public', body: { data: { _entities: ids.map((id) => ({ name: id })) } } };
  };
  return { state, stage };
}

describe('the order of the subgraph fetch stages', () => {
  it('entity cache before the circuit breaker: cached entities are answered while the subgraph’s circuit is open, and a hit does not close it', async () => {
    const registry = new Registry();
    const subgraph = standInSubgraph();
    const circuit = circuitBreaker('organisations', { failuresToOpen: 1, halfOpenAfterMs: 60_000 }, circuitStateGauge(registry));
    const send = pipeline([entityCache({ maxSizeMb: 1, maxTtlSeconds: 60 }, registry, silentLogger), circuit.stage, subgraph.stage]);

    await send(employers('undp'));
    subgraph.state.down = true;
    await expect(send(employers('unops'))).rejects.toMatchObject({ reason: 'unreachable' });
    expect(circuit.state()).toBe('open');

    expect((await send(employers('undp'))).body).toEqual({ data: { _entities: [{ name: 'undp' }] } });
    expect(circuit.state()).toBe('open');
    await expect(send(employers('unops'))).rejects.toMatchObject({ reason: 'circuit_open' });
    expect(subgraph.state.calls).toBe(2);
  });

  it('circuit breaker before shared fetches: a fetch that would share one in flight still fails at once when the circuit is open', async () => {
    const registry = new Registry();
    let answer: (value: SubgraphAnswer) => void = () => undefined;
    const held: Stage = () => new Promise((resolve) => (answer = resolve));
    const circuit = circuitBreaker('organisations', { failuresToOpen: 1, halfOpenAfterMs: 10 }, circuitStateGauge(registry));
    const send = pipeline([circuit.stage, new SharedFetches(registry).stage, held]);

    await expect(
      pipeline([circuit.stage, () => Promise.reject(new SubgraphFetchFailed('timeout'))])(employers('undp')),
    ).rejects.toBeInstanceOf(SubgraphFetchFailed);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const probe = send(employers('undp'));
    expect(circuit.state()).toBe('half_open');
    await expect(send(employers('undp'))).rejects.toMatchObject({ reason: 'circuit_open' });
    answer({ status: 200, body: { data: { _entities: [{ name: 'undp' }] } }, text: '{"data":{"_entities":[{"name":"undp"}]}}' });
    expect((await probe).status).toBe(200);
  });
});
