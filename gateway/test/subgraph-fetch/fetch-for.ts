import { Kind, OperationTypeNode, parse } from 'graphql';
import { serialisedOnce, type Next, type SubgraphAnswer, type SubgraphFetch } from '../../src/subgraph-fetch/fetch-context';

/** A fetch as the data source builds it from a query plan's fetch node. */
export function fetchFor(query: string, variables: Record<string, unknown> = {}, overrides: Partial<SubgraphFetch> = {}): SubgraphFetch {
  const document = parse(query, { noLocation: true });
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)!;
  return {
    subgraph: 'organisations',
    url: 'http://127.0.0.1:1/graphql',
    document,
    query,
    operationName: operation.name?.value,
    variables,
    kind: operation.operation,
    entities: operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities'),
    forQuery: operation.operation === OperationTypeNode.QUERY,
    viewer: null,
    headers: {},
    body: serialisedOnce(query, variables, operation.name?.value),
    ...overrides,
  };
}

/** A stand-in for the stages after the one under test: records what reaches it, answers with `answer`. */
export function recordingNext(
  answer: (fetch: SubgraphFetch) => SubgraphAnswer | Promise<SubgraphAnswer>,
): Next & { received: SubgraphFetch[] } {
  const received: SubgraphFetch[] = [];
  return Object.assign(
    async (fetch: SubgraphFetch) => {
      received.push(fetch);
      return answer(fetch);
    },
    { received },
  );
}

export const answered = (data: Record<string, unknown>, cacheControl?: string): SubgraphAnswer => {
  const text = JSON.stringify({ data });
  return { status: 200, cacheControl, text, body: JSON.parse(text) as SubgraphAnswer['body'] };
};
