import {
  BrokenCircuitError,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleAll,
  IsolatedCircuitError,
  noop,
  type IPolicy,
} from 'cockatiel';
import { Gauge, type Registry } from 'prom-client';

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
  /** Runs a fetch through the breaker: a refused connection, a time-out or an answer `isFailure` calls failed count against it. */
  execute<T>(fetch: () => Promise<T>): Promise<T>;
  state(): CircuitStateName;
}

export function circuitStateGauge(registry: Registry): Gauge<'subgraph' | 'state'> {
  return new Gauge({
    name: 'passerelle_subgraph_circuit_state',
    help: "Each subgraph's circuit breaker: 1 for its current state (closed, open, half_open, off), 0 for the others; with several workers, how many are in each state",
    labelNames: ['subgraph', 'state'] as const,
    registers: [registry],
  });
}

/**
 * One breaker per subgraph (cockatiel): after `failuresToOpen` failures in a row, fetches to
 * that subgraph fail at once instead of each waiting for the time limit, until a probe (the
 * next fetch after the half-open delay) succeeds.
 */
export function subgraphCircuit(
  subgraph: string,
  settings: CircuitBreakerSettings,
  gauge: Gauge<'subgraph' | 'state'>,
  isFailure: (result: unknown) => boolean,
): SubgraphCircuit {
  const show = (current: CircuitStateName) => {
    for (const state of ['closed', 'open', 'half_open', 'isolated', 'off'] as const) gauge.set({ subgraph, state }, state === current ? 1 : 0);
  };
  if (settings.failuresToOpen === 0) {
    show('off');
    return { execute: (fetch) => (noop as IPolicy).execute(fetch), state: () => 'off' };
  }
  const breaker = circuitBreaker(handleAll.orWhenResult(isFailure), {
    breaker: new ConsecutiveBreaker(settings.failuresToOpen),
    halfOpenAfter: settings.halfOpenAfterMs,
  });
  breaker.onStateChange((state) => show(STATE_NAMES[state]));
  show('closed');
  return {
    // While the probe is out, cockatiel holds every other call until the probe's answer (up to
    // the time limit when the subgraph hangs): they fail at once instead.
    execute: (fetch) => (breaker.state === CircuitState.HalfOpen ? Promise.reject(new BrokenCircuitError()) : breaker.execute(fetch)),
    state: () => STATE_NAMES[breaker.state],
  };
}

/** True for the error an open (or half-open, probe under way) circuit answers with. */
export function isCircuitOpen(error: unknown): boolean {
  return error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError;
}
