import {
  BrokenCircuitError,
  circuitBreaker as cockatielBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleAll,
  IsolatedCircuitError,
} from 'cockatiel';
import { Gauge, type Registry } from 'prom-client';
import { SubgraphFetchFailed, type Stage, type SubgraphAnswer } from '../../fetch-context';

export interface CircuitBreakerSettings {
  /** Consecutive failed fetches (time-outs, refused connections, HTTP 5xx) that open the circuit; 0 turns the breaker off. */
  failuresToOpen: number;
  /** How long an open circuit waits before letting one fetch through as a probe (again after each failed probe). */
  halfOpenAfterMs: number;
}

export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerSettings = { failuresToOpen: 5, halfOpenAfterMs: 2000 };

export type CircuitStateName = 'closed' | 'open' | 'half_open' | 'isolated' | 'off';

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

export interface SubgraphCircuit {
  stage: Stage;
  /** The circuit's state, for /ready. */
  state: () => CircuitStateName;
}

export function circuitStateGauge(registry: Registry): Gauge<'subgraph' | 'state'> {
  return new Gauge({
    name: 'passerelle_subgraph_circuit_state',
    help: "Each subgraph's circuit breaker: 1 for its current state (closed, open, half_open, off), 0 for the others; with several workers, how many are in each state",
    labelNames: ['subgraph', 'state'] as const,
    registers: [registry],
  });
}

const isFailedAnswer = (answer: unknown) => (answer as SubgraphAnswer).status >= 500;

/**
 * One breaker per subgraph (cockatiel): after `failuresToOpen` failures in a row (a fetch the
 * next stages fail, or a 5xx), fetches to that subgraph fail at once as `circuit_open`
 * instead of each waiting for the time limit, until a probe (the next fetch after the
 * half-open delay) succeeds.
 */
export function circuitBreaker(subgraph: string, settings: CircuitBreakerSettings, gauge: Gauge<'subgraph' | 'state'>): SubgraphCircuit {
  const show = (current: CircuitStateName) => {
    for (const state of ['closed', 'open', 'half_open', 'isolated', 'off'] as const)
      gauge.set({ subgraph, state }, state === current ? 1 : 0);
  };
  if (settings.failuresToOpen === 0) {
    show('off');
    return { stage: (fetch, next) => next(fetch), state: () => 'off' };
  }
  const breaker = cockatielBreaker(handleAll.orWhenResult(isFailedAnswer), {
    breaker: new ConsecutiveBreaker(settings.failuresToOpen),
    halfOpenAfter: settings.halfOpenAfterMs,
  });
  breaker.onStateChange((state) => show(STATE_NAMES[state]));
  show('closed');
  return {
    stage: async (fetch, next) => {
      // While the probe is out, cockatiel holds every other call until the probe's answer (up to
      // the time limit when the subgraph hangs): they fail at once instead.
      if (breaker.state === CircuitState.HalfOpen) throw new SubgraphFetchFailed('circuit_open');
      try {
        return await breaker.execute(() => next(fetch));
      } catch (error) {
        if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError)
          throw new SubgraphFetchFailed('circuit_open', { cause: error });
        throw error;
      }
    },
    state: () => STATE_NAMES[breaker.state],
  };
}
