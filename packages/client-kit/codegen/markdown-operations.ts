import { readFileSync } from 'node:fs';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** An operation name from a file and a position: `README.md`, 3 → `Readme3`. */
const nameFor = (file: string, index: number) =>
  `${file
    .replace(/^.*\//, '')
    .replace(/\.md$/i, '')
    .toLowerCase()
    .replace(/(^|[^a-z0-9]+)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase())}${index}`;

/**
 * The `graphql` blocks of a Markdown file as one document for GraphQL Code Generator (a custom
 * loader): each example's operation, named after its file and position when it has no name of
 * its own (`Readme3`), so that a client can import the README's examples typed.
 */
export function markdownOperations(pointer: string): DocumentNode {
  const markdown = readFileSync(pointer, 'utf8');
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const definitions = blocks.flatMap((block, index) =>
    parse(block).definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && !definition.name
        ? ({ ...definition, name: { kind: Kind.NAME, value: nameFor(pointer, index + 1) } } satisfies OperationDefinitionNode)
        : definition,
    ),
  );
  return { kind: Kind.DOCUMENT, definitions };
}
