import { Kind, parse, valueFromASTUntyped, type DefinitionNode, type DirectiveNode } from 'graphql';

/** `@listSize` as the cost spec defines it: how many items a list field is taken to return. */
export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  /** The fields of the returned object the size applies to (a connection's `edges`), instead of the field itself. */
  sizedFields?: string[];
}

/**
 * The `@cost` and `@listSize` directives the subgraphs declare (Federation 2.9's cost spec,
 * https://specs.apollo.dev/cost/v0.1), read once from the composed supergraph: the API
 * schema the gateway serves has them stripped.
 */
export interface CostDirectives {
  /** `@cost` on an object, scalar or enum type. */
  typeWeight(type: string): number | undefined;
  /** `@cost` on a field definition. */
  fieldWeight(type: string, field: string): number | undefined;
  /** `@cost` on an argument definition. */
  argumentWeight(type: string, field: string, argument: string): number | undefined;
  /** `@cost` on an input object's field. */
  inputFieldWeight(type: string, field: string): number | undefined;
  listSize(type: string, field: string): ListSize | undefined;
}

const COST_SPEC = 'https://specs.apollo.dev/cost/';

export function costDirectivesOf(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const names = costDirectiveNames(document.definitions);
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const read = (key: string, directives: readonly DirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      const args = Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
      if (directive.name.value === names.cost) weights.set(key, Number(args.weight));
      if (directive.name.value === names.listSize) listSizes.set(key, args);
    }
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const type = definition.name.value;
    read(type, definition.directives);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) {
        read(`${type}.${field.name.value}`, field.directives);
        for (const argument of field.arguments ?? []) read(`${type}.${field.name.value}(${argument.name.value})`, argument.directives);
      }
    }
    if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) read(`${type}.${field.name.value}`, field.directives);
    }
  }
  return {
    typeWeight: (type) => weights.get(type),
    fieldWeight: (type, field) => weights.get(`${type}.${field}`),
    argumentWeight: (type, field, argument) => weights.get(`${type}.${field}(${argument})`),
    inputFieldWeight: (type, field) => weights.get(`${type}.${field}`),
    listSize: (type, field) => listSizes.get(`${type}.${field}`),
  };
}

/** The directives' names in this supergraph: `@cost` and `@listSize` unless its `@link` renames them. */
function costDirectiveNames(definitions: readonly DefinitionNode[]): { cost: string; listSize: string } {
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      const args = Object.fromEntries((link.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
      if (link.name.value !== 'link' || typeof args.url !== 'string' || !args.url.startsWith(COST_SPEC)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const imported = new Map<string, string>();
      for (const entry of (args.import ?? []) as (string | { name: string; as?: string })[]) {
        const { name, as } = typeof entry === 'string' ? { name: entry, as: entry } : { name: entry.name, as: entry.as ?? entry.name };
        imported.set(name.replace(/^@/, ''), as.replace(/^@/, ''));
      }
      return { cost: imported.get('cost') ?? prefix, listSize: imported.get('listSize') ?? `${prefix}__listSize` };
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}
