import { createHash } from 'node:crypto';
import { Kind, print, stripIgnoredCharacters, visit, type DocumentNode, type SelectionNode } from 'graphql';

const keyOfDocument = new WeakMap<DocumentNode, string>();

/**
 * What an entities fetch selects, whatever the client chose to vary freely: the query planner
 * names each fetch after the client's operation (`query Page__organisations__1`), and keeps
 * the order of its aliases; keyed on the query text, each operation name would store the same
 * entities again. The fetch node's document, printed without its operation name and with its
 * selections in a stable order, hashed once per document (the plan keeps the same object);
 * the other variables than `representations` are part of the key too.
 */
export function selectionKey(document: DocumentNode, variables: Readonly<Record<string, unknown>>): string {
  let key = keyOfDocument.get(document);
  if (key === undefined) {
    key = createHash('sha1').update(normalisedSelection(document)).digest('base64url');
    keyOfDocument.set(document, key);
  }
  const others = Object.keys(variables).filter((name) => name !== 'representations');
  if (others.length === 0) return key;
  const values = sortedJson(Object.fromEntries(others.map((name) => [name, variables[name]])));
  return createHash('sha1').update(key).update('\n').update(values).digest('base64url');
}

export function normalisedSelection(document: DocumentNode): string {
  const normalised = visit(document, {
    OperationDefinition: (operation) => ({ ...operation, name: undefined }),
    SelectionSet: {
      leave: (selectionSet) => ({ ...selectionSet, selections: [...selectionSet.selections].sort(bySelection) }),
    },
  });
  return stripIgnoredCharacters(print(normalised));
}

const printed = (selection: SelectionNode) =>
  selection.kind === Kind.FIELD ? `${selection.alias?.value ?? selection.name.value} ${print(selection)}` : print(selection);
const bySelection = (a: SelectionNode, b: SelectionNode) => (printed(a) < printed(b) ? -1 : printed(a) > printed(b) ? 1 : 0);

/** JSON with every object's keys in order, so that equal representations make equal keys. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // a representation is usually `{ __typename, id }`: its keys in order already, JSON's own serialiser gives the same text
  if (isFlatAndInOrder(value as Record<string, unknown>)) return JSON.stringify(value);
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

function isFlatAndInOrder(object: Record<string, unknown>): boolean {
  let previous = '';
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (key < previous || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && value !== null))
      return false;
    previous = key;
  }
  return true;
}
