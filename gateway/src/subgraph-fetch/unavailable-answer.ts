import { Kind, type DocumentNode, type GraphQLError, type SelectionSetNode } from 'graphql';
import type { GraphQLAnswer } from './fetch-context';

/**
 * What a subgraph that could not be reached "answers", so that the gateway puts the error
 * where the data is missing: for an entity fetch, one error per entity at `_entities.<i>`,
 * which the gateway turns into that entity's path in the client's answer; for a root fetch,
 * one error per root field. The rest of the answer comes from the other fetches, and the
 * nulls stop at the nullable fields of the subgraph boundaries (see each schema.graphql).
 */
export function unavailableAnswer(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  error: GraphQLError,
): GraphQLAnswer {
  const { message, extensions } = error;
  const representations = variables?.representations;
  if (Array.isArray(representations)) {
    return {
      data: { _entities: representations.map(() => null) },
      errors: representations.map((_, index) => ({ message, path: ['_entities', index], extensions })),
    };
  }
  return { data: null, errors: rootFieldsOf(document).map((field) => ({ message, path: [field], extensions })) };
}

/** The query plan passes the same document for each run of a plan: read each once. */
const rootFieldsByDocument = new WeakMap<DocumentNode, string[]>();

function rootFieldsOf(document: DocumentNode): string[] {
  let fields = rootFieldsByDocument.get(document);
  if (!fields) {
    const { definitions } = document;
    const fragments = new Map(
      definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
      ),
    );
    const operation = definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    fields = operation ? [...new Set(responseNames(operation.selectionSet, fragments))] : [];
    rootFieldsByDocument.set(document, fields);
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
