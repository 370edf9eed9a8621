import type { ApolloServerPlugin } from '@apollo/server';
import { operationLabel } from '@passerelle/observability';
import { getVariableValues, GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { CostDirectives } from './cost-directives';
import { actualCost, CostEstimateTooComplex, estimatedCost, type CostInputs } from './cost-estimate';

export interface DemandControlOptions<Context> {
  directives: CostDirectives;
  /** The highest estimated cost an operation may have; above it, it is refused before any subgraph is called. */
  maxCost: number;
  /** The size of a list that no `@listSize` describes. */
  defaultListSize: number;
  /** In production neither a refusal nor an answer reveals the limit, and a refusal not its estimate. */
  production: boolean;
  registry: Registry;
  /**
   * Called with the estimate of each operation within the limit, before any subgraph is
   * called (a rate limit): it may refuse the operation by throwing, and what it returns is
   * added to the answer's extensions.
   */
  charge?: (estimate: number, context: Context, operationName: string | null | undefined) => Promise<Record<string, unknown> | undefined>;
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
export function demandControl<Context extends object>(options: DemandControlOptions<Context>): ApolloServerPlugin<Context> {
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
  const actual = costHistogram('passerelle_operation_actual_cost', 'Cost of each answered operation, counted on its answer, by operation name');
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
      let charged: Record<string, unknown> | undefined;
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          if (!operation) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not fit are refused by execution, naming them.
          if (variables.errors) return;
          inputs = {
            schema,
            directives: options.directives,
            operation,
            fragments: fragmentsOf(document.definitions),
            variables: variables.coerced,
            defaultListSize: options.defaultListSize,
          };
          const label = operationLabel(operationName);
          try {
            estimate = estimatedCost(inputs);
          } catch (error) {
            if (!(error instanceof CostEstimateTooComplex)) throw error;
            refused = true;
            refusedForCost.inc({ operation: label });
            throw tooComplex();
          }
          estimated.observe({ operation: label }, estimate);
          if (estimate > options.maxCost) {
            refused = true;
            refusedForCost.inc({ operation: label });
            throw tooExpensive(estimate, options);
          }
          try {
            charged = await options.charge?.(estimate, contextValue, operationName);
          } catch (error) {
            refused = true;
            throw error;
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single' || !inputs || estimate === undefined) return;
          const result = response.body.singleResult;
          const limit = options.production ? {} : { limit: options.maxCost };
          if (refused) {
            if (!options.production) result.extensions = { ...result.extensions, cost: { estimated: estimate, ...limit } };
            return;
          }
          const answered = actualCost(inputs, result.data);
          actual.observe({ operation: operationLabel(operationName) }, answered);
          result.extensions = { ...result.extensions, cost: { estimated: estimate, actual: answered, ...limit }, ...charged };
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

function fragmentsOf(definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}
