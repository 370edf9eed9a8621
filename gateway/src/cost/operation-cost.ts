import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { getVariableValues, Kind, type FragmentDefinitionNode } from 'graphql';
import type { CostDirectives } from './cost-directives';
import { CostEstimateTooComplex, estimatedCost, type CostInputs } from './cost-estimate';

/** An operation's estimated cost, and what counting its answer's actual cost needs. */
export type OperationCost = { inputs: CostInputs; estimate: number } | { tooComplex: true };

/** Estimates each operation once, for whichever features read it (demand control, the rate limit). */
export interface OperationCosts {
  /** Undefined when there is no operation, or variables that do not fit (execution refuses those, naming them). */
  of(requestContext: GraphQLRequestContextDidResolveOperation<object>): OperationCost | undefined;
}

/** `@cost` and `@listSize` (read from the supergraph) applied to each operation and its variables. */
export function operationCosts(directives: CostDirectives, defaultListSize: number): OperationCosts {
  const known = new WeakMap<object, OperationCost | undefined>();
  const estimate = ({
    schema,
    document,
    operation,
    request,
  }: GraphQLRequestContextDidResolveOperation<object>): OperationCost | undefined => {
    if (!operation) return undefined;
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
    if (variables.errors) return undefined;
    const inputs: CostInputs = {
      schema,
      directives,
      operation,
      fragments: fragmentsOf(document.definitions),
      variables: variables.coerced,
      defaultListSize,
    };
    try {
      return { inputs, estimate: estimatedCost(inputs) };
    } catch (error) {
      if (error instanceof CostEstimateTooComplex) return { tooComplex: true };
      throw error;
    }
  };
  return {
    of(requestContext) {
      if (!known.has(requestContext.request)) known.set(requestContext.request, estimate(requestContext));
      return known.get(requestContext.request);
    },
  };
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
