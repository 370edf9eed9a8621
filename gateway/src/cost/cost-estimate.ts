import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostDirectives } from './cost-directives';

/*
 * The cost of an operation, as Apollo Router's demand control and the IBM cost spec count it:
 * - a mutation costs 10 to begin with, a query 0;
 * - a field returning an object costs 1, a scalar or an enum 0, unless `@cost(weight:)` on
 *   the field or its type says otherwise, plus the cost of its selections;
 * - a list field multiplies that by its size: the value of its `@listSize` slicing argument
 *   (literal, variable or the argument's default), else its `assumedSize`, else the default
 *   list size; with `sizedFields` the size multiplies those fields of the returned object
 *   (a connection's `edges`) instead of the field itself;
 * - arguments and input fields carrying `@cost` add their weight once per field.
 * Introspection fields cost nothing: they are answered from the schema, in memory.
 * Fragments on different types of an abstract type are summed, which can only overestimate
 * (the API has no interfaces or unions today).
 * The estimate uses assumed sizes; the actual cost applies the same weights to the answer.
 */

const OPERATION_BASE = { query: 0, mutation: 10, subscription: 0 } as const;

export interface CostInputs {
  schema: GraphQLSchema;
  directives: CostDirectives;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The operation's variables, coerced (defaults applied). */
  variables: Record<string, unknown>;
  /** The size of a list no `@listSize` describes. */
  defaultListSize: number;
}

/** The sizes a `@listSize(sizedFields:)` gives the returned object's fields, with the key they are cached under. */
type Sizes = { readonly byField: ReadonlyMap<string, number>; readonly key: string } | undefined;

/**
 * How many selections one estimate may visit. Each fragment is costed once per parent type
 * and list sizes, so a document within the token limit stays far below it; past it the
 * document is refused rather than walked (see `CostEstimateTooComplex`).
 */
export const MAX_ESTIMATE_STEPS = 100_000;

/** The estimate would visit more than `MAX_ESTIMATE_STEPS` selections: the operation is refused, not walked. */
export class CostEstimateTooComplex extends Error {
  constructor(readonly steps: number) {
    super(`The cost estimate would visit more than ${steps} selections`);
  }
}

/**
 * One walk over an operation. A fragment spread many times (`...F2 ...F2` in each of thirty
 * nested fragments) is costed once per (fragment, parent type, list sizes) and, counting an
 * answer, once per object it applies to; each further spread reuses that cost, so the walk
 * is linear in the document (and the answer) where it would double at each level.
 */
interface Walk {
  inputs: CostInputs;
  maxSteps: number;
  stepsLeft: number;
  fragmentCosts: Map<string, number>;
  fragmentCostsPerObject: WeakMap<object, Map<string, number>>;
  fields: FieldTermsCache;
}

/**
 * What a field costs besides its items, read once per (field node, parent type, sizes) for
 * one set of inputs: the answer's walk meets it once per object, and every walk over the
 * same inputs (the estimate, then each answer counted with them) reuses it.
 */
type FieldTermsCache = Map<FieldNode, Map<string, FieldTerms | null>>;
const fieldTermsOf = new WeakMap<CostInputs, FieldTermsCache>();

interface FieldTerms {
  type: GraphQLNamedType;
  composite: boolean;
  weight: number;
  argumentsCost: number;
  size: number;
  childSizes: Sizes;
  isList: boolean;
  sizedFields: boolean;
}

export function estimatedCost(inputs: CostInputs, maxSteps = MAX_ESTIMATE_STEPS): number {
  const state = newWalk(inputs, maxSteps);
  return OPERATION_BASE[inputs.operation.operation] + walk(state, rootType(inputs), inputs.operation.selectionSet, undefined);
}

/** The same weights over what the answer holds: lists count their items, a null counts nothing. */
export function actualCost(inputs: CostInputs, data: Record<string, unknown> | null | undefined): number {
  if (!data) return 0;
  const state = newWalk(inputs, Number.POSITIVE_INFINITY);
  return OPERATION_BASE[inputs.operation.operation] + walk(state, rootType(inputs), inputs.operation.selectionSet, undefined, data);
}

function newWalk(inputs: CostInputs, maxSteps: number): Walk {
  let fields = fieldTermsOf.get(inputs);
  if (!fields) fieldTermsOf.set(inputs, (fields = new Map() as FieldTermsCache));
  return { inputs, maxSteps, stepsLeft: maxSteps, fragmentCosts: new Map(), fragmentCostsPerObject: new WeakMap(), fields };
}

function rootType({ schema, operation }: CostInputs): GraphQLCompositeType {
  const type = schema.getRootType(operation.operation);
  if (!type) throw new Error(`The schema has no ${operation.operation} type`);
  return type;
}

/** Without `data`, estimates; with it, counts what `data` (an object of `parent`) holds. */
function walk(
  state: Walk,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  sizes: Sizes,
  data?: Record<string, unknown>,
): number {
  const { inputs } = state;
  let total = 0;
  for (const selection of selectionSet.selections) {
    state.stepsLeft -= 1;
    if (state.stepsLeft < 0) throw new CostEstimateTooComplex(state.maxSteps);
    if (!isIncluded(selection, inputs.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(state, parent, selection, sizes, data);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = typeOf(inputs, selection, parent);
      if (type) total += walk(state, type, selection.selectionSet, sizes, data);
    } else {
      const fragment = inputs.fragments[selection.name.value];
      const type = fragment && typeOf(inputs, fragment, parent);
      if (fragment && type) total += fragmentCost(state, fragment, type, sizes, data);
    }
  }
  return total;
}

function typeOf(
  inputs: CostInputs,
  fragment: InlineFragmentNode | FragmentDefinitionNode,
  parent: GraphQLCompositeType,
): GraphQLCompositeType | undefined {
  const typeName = fragment.typeCondition?.name.value;
  const type = typeName ? inputs.schema.getType(typeName) : parent;
  return type && isCompositeType(type) ? type : undefined;
}

function fragmentCost(
  state: Walk,
  fragment: FragmentDefinitionNode,
  type: GraphQLCompositeType,
  sizes: Sizes,
  data?: Record<string, unknown>,
): number {
  const key = `${fragment.name.value}\n${type.name}\n${sizes?.key ?? ''}`;
  let costs = state.fragmentCosts;
  if (data) {
    costs = state.fragmentCostsPerObject.get(data) ?? new Map<string, number>();
    state.fragmentCostsPerObject.set(data, costs);
  }
  let cost = costs.get(key);
  if (cost === undefined) {
    cost = walk(state, type, fragment.selectionSet, sizes, data);
    costs.set(key, cost);
  }
  return cost;
}

function fieldTerms(state: Walk, parent: GraphQLCompositeType, node: FieldNode, sizes: Sizes): FieldTerms | null {
  let byParent = state.fields.get(node);
  if (!byParent) state.fields.set(node, (byParent = new Map<string, FieldTerms | null>()));
  const key = sizes ? `${parent.name}\n${sizes.key}` : parent.name;
  let terms = byParent.get(key);
  if (terms !== undefined) return terms;
  terms = null;
  const { inputs } = state;
  const name = node.name.value;
  const field = !name.startsWith('__') && 'getFields' in parent ? parent.getFields()[name] : undefined;
  if (field) {
    const type = getNamedType(field.type);
    const args = getArgumentValues(field, node, inputs.variables);
    const listSize = inputs.directives.listSize(parent.name, name);
    const size = listSize ? sizeOf(listSize, args, inputs.defaultListSize) : (sizes?.byField.get(name) ?? inputs.defaultListSize);
    terms = {
      type,
      composite: isCompositeType(type),
      weight:
        inputs.directives.fieldWeight(parent.name, name) ?? inputs.directives.typeWeight(type.name) ?? (isCompositeType(type) ? 1 : 0),
      argumentsCost: argumentCost(inputs, parent.name, field, args),
      size,
      childSizes: listSize?.sizedFields
        ? {
            byField: new Map(listSize.sizedFields.map((sized) => [sized, size])),
            key: listSize.sizedFields.map((sized) => `${sized}=${size}`).join(','),
          }
        : undefined,
      isList: isListType(getNullableType(field.type)),
      sizedFields: !!listSize?.sizedFields,
    };
  }
  byParent.set(key, terms);
  return terms;
}

function fieldCost(state: Walk, parent: GraphQLCompositeType, node: FieldNode, sizes: Sizes, data?: Record<string, unknown>): number {
  const terms = fieldTerms(state, parent, node, sizes);
  if (!terms) return 0;
  if (!data) {
    const multiplier = terms.isList && !terms.sizedFields ? terms.size : 1;
    return itemCost(state, terms, node, undefined) * multiplier + terms.argumentsCost;
  }
  const value = data[node.alias?.value ?? node.name.value];
  if (value === undefined) return 0;
  return answeredCost(state, terms, node, value) + terms.argumentsCost;
}

/** A field's value in the answer: a list counts each of its items (nested lists flattened), a null nothing. */
function answeredCost(state: Walk, terms: FieldTerms, node: FieldNode, value: unknown): number {
  if (value === null) return 0;
  if (!terms.isList || !Array.isArray(value)) return itemCost(state, terms, node, value as Record<string, unknown>);
  let total = 0;
  for (const item of value) total += answeredCost(state, terms, node, item);
  return total;
}

function itemCost(state: Walk, terms: FieldTerms, node: FieldNode, item: Record<string, unknown> | undefined): number {
  const { selectionSet } = node;
  return (
    terms.weight +
    (selectionSet && terms.composite ? walk(state, terms.type as GraphQLCompositeType, selectionSet, terms.childSizes, item) : 0)
  );
}

function sizeOf(listSize: { assumedSize?: number; slicingArguments?: string[] }, args: Record<string, unknown>, fallback: number): number {
  const sliced = (listSize.slicingArguments ?? []).map((name) => args[name]).filter((value): value is number => typeof value === 'number');
  if (sliced.length > 0) return Math.max(...sliced);
  return listSize.assumedSize ?? fallback;
}

function argumentCost(inputs: CostInputs, parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  let total = 0;
  for (const argument of field.args) {
    if (args[argument.name] === undefined || args[argument.name] === null) continue;
    total += inputs.directives.argumentWeight(parent, field.name, argument.name) ?? 0;
    total += inputCost(inputs, argument.type, args[argument.name]);
  }
  return total;
}

function inputCost(inputs: CostInputs, type: GraphQLInputType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? value.reduce<number>((sum, item) => sum + inputCost(inputs, nullable.ofType, item), 0)
      : inputCost(inputs, nullable.ofType, value);
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return 0;
  let total = 0;
  for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
    const inputField = nullable.getFields()[name];
    if (!inputField || fieldValue === null || fieldValue === undefined) continue;
    total += (inputs.directives.inputFieldWeight(nullable.name, name) ?? 0) + inputCost(inputs, inputField.type, fieldValue);
  }
  return total;
}

function isIncluded(
  node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1],
  variables: Record<string, unknown>,
): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
