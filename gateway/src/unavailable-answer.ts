import { Kind, parse, type GraphQLError, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

interface SubgraphRequest {
  query?: string;
  variables?: Record<string, unknown>;
}

interface SubgraphAnswer {
  data: Record<string, unknown> | null;
  errors: GraphQLFormattedError[];
}

/**
 * What a subgraph that could not be reached "answers", so that the gateway puts the error
 * where the data is missing: for an entity fetch, one error per entity at `_entities.<i>`,
 * which the gateway turns into that entity's path in the client's answer; for a root fetch,
 * one error per root field. The rest of the answer comes from the other fetches, and the
 * nulls stop at the nullable fields of the subgraph boundaries (see each schema.graphql).
 */
export function unavailableAnswer(request: SubgraphRequest, error: GraphQLError): SubgraphAnswer {
  const { message, extensions } = error;
  const representations = request.variables?.representations;
  if (Array.isArray(representations)) {
    return {
      data: { _entities: representations.map(() => null) },
      errors: representations.map((_, index) => ({ message, path: ['_entities', index], extensions })),
    };
  }
  return { data: null, errors: rootFieldsOf(request.query ?? '').map((field) => ({ message, path: [field], extensions })) };
}

/** The query plan sends each fetch's text many times over: parse each once. */
const rootFieldsByQuery = new Map<string, string[]>();
const MAX_REMEMBERED = 1000;

function rootFieldsOf(query: string): string[] {
  let fields = rootFieldsByQuery.get(query);
  if (!fields) {
    const { definitions } = parse(query);
    const fragments = new Map(
      definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [])),
    );
    const operation = definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    fields = operation ? [...new Set(responseNames(operation.selectionSet, fragments))] : [];
    if (rootFieldsByQuery.size >= MAX_REMEMBERED) rootFieldsByQuery.clear();
    rootFieldsByQuery.set(query, fields);
  }
  return fields;
}

function responseNames(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, SelectionSetNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.alias?.value ?? selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return responseNames(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? responseNames(fragment, fragments) : [];
  });
}
