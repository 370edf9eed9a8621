import { Kind, parse, valueFromASTUntyped, type EnumTypeDefinitionNode } from 'graphql';

/** The subgraphs a supergraph joins (its `join__Graph` enum), by name, with the URL composed for each. */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  const subgraphs: Record<string, string> = {};
  for (const value of graphs?.values ?? []) {
    const join = value.directives?.find((directive) => directive.name.value === 'join__graph');
    const argument = (name: string) => join?.arguments?.find((arg) => arg.name.value === name)?.value;
    const name = argument('name');
    const url = argument('url');
    if (name && url) subgraphs[String(valueFromASTUntyped(name))] = String(valueFromASTUntyped(url));
  }
  return subgraphs;
}
