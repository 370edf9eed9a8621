import {
  buildSchema,
  getNullableType,
  isCompositeType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What an answer must still hold when one subgraph is down: every field that subgraph
 * would resolve is null (and what lies under it is gone), everything else is as in the
 * full answer, and nulls propagate up through non-null fields as GraphQL says, stopping
 * at the first nullable one. Which subgraph resolves a field is read from the supergraph's
 * `@join__type` and `@join__field`, as the query planner reads it: a field stays in the
 * subgraph that resolved its parent when that subgraph can resolve it (an entity's key,
 * a shared value type), and is fetched from its owner otherwise.
 */
export class DegradationModel {
  readonly schema: GraphQLSchema;
  private readonly resolvers = new Map<string, string[]>();
  private readonly typeResolvers = new Map<string, string[]>();

  constructor(supergraphSdl: string) {
    this.schema = buildSchema(supergraphSdl);
    const document = parse(supergraphSdl, { noLocation: true });
    const graphNames = new Map<string, string>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
        for (const value of definition.values ?? []) {
          const name = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments?.find((a) => a.name.value === 'name');
          if (name) graphNames.set(value.name.value, String(valueFromASTUntyped(name.value)));
        }
      }
    }
    const graphsOf = (
      directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: never }[] }[] | undefined,
      directive: string,
    ) =>
      (directives ?? [])
        .filter((d) => d.name.value === directive)
        .map((d) => Object.fromEntries((d.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)])))
        .filter((args) => args.graph !== undefined && args.external !== true)
        .map((args) => graphNames.get(String(args.graph))!);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const typeGraphs = graphsOf(definition.directives as never, 'join__type');
      this.typeResolvers.set(definition.name.value, typeGraphs);
      for (const field of definition.fields ?? []) {
        const fieldGraphs = graphsOf(field.directives as never, 'join__field');
        this.resolvers.set(`${definition.name.value}.${field.name.value}`, fieldGraphs.length > 0 ? fieldGraphs : typeGraphs);
      }
    }
  }

  /** The subgraphs that can resolve objects of `type` (each knows at least its key). */
  graphsOfType(type: string): string[] {
    return this.typeResolvers.get(type) ?? [];
  }

  /** The subgraphs that can resolve `type.field`. */
  graphsOfField(type: string, field: string): string[] {
    return this.resolvers.get(`${type}.${field}`) ?? [];
  }

  /** The subgraph that resolves `type.field` for a parent resolved by `current`. */
  resolverOf(type: string, field: string, current: string | undefined): string {
    const graphs = this.resolvers.get(`${type}.${field}`) ?? [];
    if (current && graphs.includes(current)) return current;
    if (graphs.length !== 1) throw new Error(`${type}.${field}: cannot tell which subgraph resolves it (${graphs.join(', ')})`);
    return graphs[0]!;
  }

  /** The data a client must get when `down` cannot answer, given the data it gets when everything is up. */
  expectedWhenDown(
    query: string,
    variables: Record<string, unknown>,
    full: Record<string, unknown> | null,
    down: string,
  ): Record<string, unknown> | null {
    if (!full) return null;
    const document = parse(query);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const walk = new Walk(this, fragments, variables, down);
    return walk.object(this.schema.getRootType(operation.operation)!, full, operation.selectionSet, undefined);
  }
}

class Walk {
  constructor(
    private readonly model: DegradationModel,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly down: string,
  ) {}

  object(
    parent: GraphQLObjectType,
    value: Record<string, unknown>,
    selectionSet: SelectionSetNode,
    graph: string | undefined,
  ): Record<string, unknown> | null {
    const result: Record<string, unknown> = {};
    for (const [key, nodes] of this.fieldsOf(selectionSet)) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        result[key] = value[key];
        continue;
      }
      const field = parent.getFields()[name]!;
      const owner = this.model.resolverOf(parent.name, name, graph);
      const subselection: SelectionSetNode = {
        kind: Kind.SELECTION_SET,
        selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []),
      };
      const completed = owner === this.down ? null : this.value(field.type, value[key], subselection, owner);
      if (completed === null && isNonNullType(field.type)) return null;
      result[key] = completed;
    }
    return result;
  }

  private value(type: GraphQLOutputType, value: unknown, selectionSet: SelectionSetNode, graph: string): unknown {
    if (value === null || value === undefined) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = (value as unknown[]).map((item) => this.value(nullable.ofType, item, selectionSet, graph));
      return isNonNullType(nullable.ofType) && items.includes(null) ? null : items;
    }
    if (isCompositeType(nullable)) return this.object(nullable as GraphQLObjectType, value as Record<string, unknown>, selectionSet, graph);
    return value;
  }

  /** The fields of a selection set by response key, through fragments, as @skip and @include leave them. */
  private fieldsOf(selectionSet: SelectionSetNode, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
    for (const selection of selectionSet.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.fieldsOf(selection.selectionSet, into);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (fragment) this.fieldsOf(fragment.selectionSet, into);
      }
    }
    return into;
  }

  private included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { value: unknown }[] }[] }): boolean {
    for (const directive of node.directives ?? []) {
      const argument = directive.arguments?.[0]?.value as Parameters<typeof valueFromASTUntyped>[0] | undefined;
      const condition = argument ? valueFromASTUntyped(argument, this.variables) : undefined;
      if (directive.name.value === 'skip' && condition === true) return false;
      if (directive.name.value === 'include' && condition === false) return false;
    }
    return true;
  }
}
