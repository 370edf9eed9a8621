import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/*
 * A subgraph can be called directly (a pod's port, a misconfigured network), not only by
 * the gateway, which limits what its clients ask first: so each subgraph bounds what one
 * operation may ask too. The bounds sit above the gateway's defaults (MAX_DEPTH 10,
 * MAX_ALIASES 15, MAX_COST 20000 where each object costs at least 1), so whatever the
 * gateway plans for a query it accepts passes, `_entities` fetches included; what only a
 * direct caller can send (500 aliased pages of 100 offers: a 65 MB answer, a gigabyte of
 * heap) is refused before any resolver runs.
 */
export interface SubgraphLimits {
  /** Nesting depth, fragments flattened; the gateway adds one level (`_entities`) to its clients' 10. */
  maxDepth: number;
  /** Aliased fields per operation; the gateway lets clients send 15. */
  maxAliases: number;
  /** Objects the answer may hold at most, counted as sized below; above the gateway's MAX_COST by a margin. */
  maxObjects: number;
}

/** The defaults of SUBGRAPH_MAX_DEPTH, SUBGRAPH_MAX_ALIASES and SUBGRAPH_MAX_OBJECTS. */
export const SUBGRAPH_LIMITS: SubgraphLimits = { maxDepth: 15, maxAliases: 30, maxObjects: 25_000 };

/** The code of an operation refused for the objects it would return (the gateway's own code for its cost limit). */
export const OPERATION_TOO_LARGE = 'COST_ESTIMATED_TOO_EXPENSIVE';

/** A list of objects no `@listSize` sizes, and a connection's `first` when left out. */
const UNSIZED_LIST = 20;

/** Depth and alias limits (graphql-armor, as the gateway's), as validation rules; messages hide the limits in production. */
export function operationShapeRules(limits: SubgraphLimits, production: boolean) {
  const exposeLimits = !production;
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Refuses an operation whose answer may hold more than `maxObjects` objects: each object
 * counts 1, a list of them its size (`_entities` the representations sent, a field with
 * `@listSize` its slicing argument or assumed size, its `sizedFields` taking that size
 * instead of the field, e.g. a connection's `edges`), lists of scalars nothing.
 */
export function objectCountLimit<Context extends object>(maxObjects: number, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const root = schema.getRootType(operation.operation);
          if (!root) return;
          const count = new ObjectCount(schema, fragments, variables.coerced, maxObjects);
          if (count.of(root, operation.selectionSet, undefined) > maxObjects) {
            throw new GraphQLError(
              production ? 'The operation asks for too many objects' : `The operation may return more than ${maxObjects} objects`,
              { extensions: { code: OPERATION_TOO_LARGE, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

type Sizes = ReadonlyMap<string, number> | undefined;

class ObjectCount {
  /** Each fragment counted once per parent type, however often it is spread. */
  private readonly fragmentCounts = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly ceiling: number,
  ) {}

  of(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, sizes: Sizes): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += this.field(parent, selection, sizes);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        total += this.of(this.typeNamed(selection.typeCondition?.name.value) ?? parent, selection.selectionSet, sizes);
      else total += this.fragment(parent, selection.name.value, sizes);
      // past the ceiling the answer is known: stop counting
      if (total > this.ceiling) return total;
    }
    return total;
  }

  private fragment(parent: GraphQLCompositeType, name: string, sizes: Sizes): number {
    const fragment = this.fragments[name];
    if (!fragment) return 0;
    const type = this.typeNamed(fragment.typeCondition.name.value) ?? parent;
    if (sizes) return this.of(type, fragment.selectionSet, sizes);
    const key = `${name} on ${parent.name}`;
    const known = this.fragmentCounts.get(key);
    if (known !== undefined) return known;
    const count = this.of(type, fragment.selectionSet, undefined);
    this.fragmentCounts.set(key, count);
    return count;
  }

  private field(parent: GraphQLCompositeType, node: FieldNode, sizes: Sizes): number {
    if (!('getFields' in parent)) return 0;
    const field = parent.getFields()[node.name.value];
    const type = field && getNamedType(field.type);
    if (!field || !type || !isCompositeType(type) || !node.selectionSet) return 0;
    const listSize = listSizeOf(field.astNode?.directives);
    const args = listSize?.slicingArguments ? getArgumentValues(field, node, this.variables) : {};
    const size =
      node.name.value === '_entities'
        ? this.representations(node)
        : listSize
          ? ((listSize.slicingArguments ?? []).map((name) => args[name]).find((value): value is number => typeof value === 'number') ??
            listSize.assumedSize ??
            UNSIZED_LIST)
          : (sizes?.get(node.name.value) ?? UNSIZED_LIST);
    const childSizes = listSize?.sizedFields ? new Map(listSize.sizedFields.map((name) => [name, size])) : undefined;
    const items = isListType(getNullableType(field.type)) && !listSize?.sizedFields ? size : 1;
    return items * (1 + this.of(type, node.selectionSet, childSizes));
  }

  private representations(node: FieldNode): number {
    const argument = node.arguments?.find((arg) => arg.name.value === 'representations');
    if (!argument) return 0;
    const value =
      argument.value.kind === Kind.VARIABLE
        ? this.variables[argument.value.name.value]
        : valueFromASTUntyped(argument.value, this.variables);
    return Array.isArray(value) ? value.length : 1;
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | undefined {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  }
}

interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

function listSizeOf(
  directives:
    | readonly {
        name: { value: string };
        arguments?: readonly { name: { value: string }; value: Parameters<typeof valueFromASTUntyped>[0] }[];
      }[]
    | undefined,
): ListSize | undefined {
  const directive = directives?.find((candidate) => candidate.name.value === 'listSize');
  if (!directive) return undefined;
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}
