import type { ApolloServerPlugin } from '@apollo/server';
import { operationLabel } from '@passerelle/observability';
import { GraphQLError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { actualCost, type CostInputs } from '../cost/cost-estimate';
import type { OperationCosts } from '../cost/operation-cost';

export interface DemandControlOptions {
  /** Each operation's estimate, shared with the other features that read it. */
  costs: OperationCosts;
  /** The highest estimated cost an operation may have; above it, it is refused before any subgraph is called. */
  maxCost: number;
  /** In production neither a refusal nor an answer reveals the limit, and a refusal not its estimate. */
  production: boolean;
  registry: Registry;
}

export const COST_REFUSED = 'COST_ESTIMATED_TOO_EXPENSIVE';
/** The document is too intricate for its cost to be estimated within a bounded walk. */
export const COST_ESTIMATE_TOO_COMPLEX = 'COST_ESTIMATE_TOO_COMPLEX';

/**
 * Demand control: each operation's cost is estimated from the schema's `@cost` and
 * `@listSize` and the request's variables before any subgraph is called, and refused above
 * the limit. Every answer reports `extensions.cost`: the estimate, the actual cost counted
 * on the answer, and (outside production) the limit, as Shopify's and GitHub's APIs do.
 */
export function demandControl<Context extends object>(options: DemandControlOptions): ApolloServerPlugin<Context> {
  const costHistogram = (name: string, help: string) =>
    new Histogram({
      name,
      help,
      labelNames: ['operation'] as const,
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000],
      registers: [options.registry],
    });
  const estimated = costHistogram(
    'passerelle_operation_estimated_cost',
    'Estimated cost of each operation (@cost and @listSize), refused ones included, by operation name',
  );
  const actual = costHistogram(
    'passerelle_operation_actual_cost',
    'Cost of each answered operation, counted on its answer, by operation name',
  );
  const refusedForCost = new Counter({
    name: 'passerelle_operations_refused_for_cost_total',
    help: 'Operations refused because their estimated cost exceeded the limit, by operation name',
    labelNames: ['operation'] as const,
    registers: [options.registry],
  });

  return {
    async requestDidStart() {
      let inputs: CostInputs | undefined;
      let estimate: number | undefined;
      let refused = false;
      return {
        async didResolveOperation(requestContext) {
          const cost = options.costs.of(requestContext);
          if (!cost) return;
          const label = operationLabel(requestContext.operationName);
          if ('tooComplex' in cost) {
            refused = true;
            refusedForCost.inc({ operation: label });
            throw tooComplex();
          }
          ({ inputs, estimate } = cost);
          estimated.observe({ operation: label }, estimate);
          if (estimate > options.maxCost) {
            refused = true;
            refusedForCost.inc({ operation: label });
            throw tooExpensive(estimate, options);
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single' || !inputs || estimate === undefined) return;
          const result = response.body.singleResult;
          const limit = options.production ? {} : { limit: options.maxCost };
          // refused by this limit, or by another feature (a rate limit) before execution: no data, nothing to count
          if (refused || result.data === undefined) {
            if (!options.production) result.extensions = { ...result.extensions, cost: { estimated: estimate, ...limit } };
            return;
          }
          const answered = actualCost(inputs, result.data);
          actual.observe({ operation: operationLabel(operationName) }, answered);
          result.extensions = { ...result.extensions, cost: { estimated: estimate, actual: answered, ...limit } };
        },
      };
    },
  };
}

function tooExpensive(estimate: number, { maxCost, production }: { maxCost: number; production: boolean }): GraphQLError {
  const message = production
    ? 'The operation is too expensive: ask for smaller pages or fewer fields'
    : `The operation's estimated cost, ${estimate}, exceeds the limit of ${maxCost}: ask for smaller pages or fewer fields`;
  return new GraphQLError(message, {
    extensions: { code: COST_REFUSED, ...(production ? {} : { cost: { estimated: estimate, limit: maxCost } }), http: { status: 400 } },
  });
}

function tooComplex(): GraphQLError {
  return new GraphQLError('The operation is too intricate to estimate its cost: spread fewer fragments, or each fewer times', {
    extensions: { code: COST_ESTIMATE_TOO_COMPLEX, http: { status: 400 } },
  });
}
