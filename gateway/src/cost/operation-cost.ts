import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { CostDirectives } from './cost-directives';
import { CostEstimateTooComplex, estimatedCost, type CostInputs } from './cost-estimate';
import { variablesShape } from './variables-shape';

/** An operation's estimated cost, and what counting its answer's actual cost needs. */
export type OperationCost = { inputs: CostInputs; estimate: number } | { tooComplex: true };

/** Estimates each operation once, for whichever features read it (demand control, the rate limit). */
export interface OperationCosts {
  /** Undefined when there is no operation, or variables that do not fit (execution refuses those, naming them). */
  of(requestContext: GraphQLRequestContextDidResolveOperation<object>): OperationCost | undefined;
}

/** Estimates kept per document, by operation and variables' shape; past this many, that document's are dropped and learnt again. */
const SHAPES_PER_DOCUMENT = 256;

interface DocumentCosts {
  schema: GraphQLSchema;
  byShape: Map<string, OperationCost | undefined>;
}

/**
 * `@cost` and `@listSize` (read from the supergraph) applied to each operation and its variables.
 * Requests that differ only in what cannot change a cost (the text of a String or ID) share
 * one estimate, and the actual cost of each answer is counted with the same inputs: see
 * `variablesShape`. A job board's pages differ in their cursor and search words, not in
 * their page size, so the walk over the document runs once per kind of page.
 */
export function operationCosts(directives: CostDirectives, defaultListSize: number): OperationCosts {
  const known = new WeakMap<object, OperationCost | undefined>();
  const byDocument = new WeakMap<DocumentNode, DocumentCosts>();
  const estimate = ({
    schema,
    document,
    operation,
    request,
  }: GraphQLRequestContextDidResolveOperation<object>): OperationCost | undefined => {
    if (!operation) return undefined;
    const variables = request.variables ?? {};
    const shape = variablesShape(schema, operation, variables);
    if (shape === undefined) return estimateAnew(schema, document, operation, variables, directives, defaultListSize);
    let costs = byDocument.get(document);
    if (!costs || costs.schema !== schema) byDocument.set(document, (costs = { schema, byShape: new Map() }));
    const key = `${operation.name?.value ?? ''}\n${shape}`;
    if (costs.byShape.has(key)) return costs.byShape.get(key);
    const cost = estimateAnew(schema, document, operation, variables, directives, defaultListSize);
    if (costs.byShape.size >= SHAPES_PER_DOCUMENT) costs.byShape.clear();
    costs.byShape.set(key, cost);
    return cost;
  };
  return {
    of(requestContext) {
      if (!known.has(requestContext.request)) known.set(requestContext.request, estimate(requestContext));
      return known.get(requestContext.request);
    },
  };
}

function estimateAnew(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
  directives: CostDirectives,
  defaultListSize: number,
): OperationCost | undefined {
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
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
