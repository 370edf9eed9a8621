import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';

const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Every value in a response, flattened: an example that answers only nulls and [] teaches nothing. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

describe('README example queries', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph.stop());

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))(
    'example %i runs through the gateway without errors and answers data',
    async (_index, query) => {
      const headers: Record<string, string> = query.trimStart().startsWith('mutation')
        ? { authorization: `Bearer ${await mintToken({ subject: 'readme', roles: ['admin'] })}` }
        : {};
      const response = await graphql(graph.url, query, {}, headers);
      expect(response.errors).toBeUndefined();
      expect(leaves(response.data).filter((leaf) => leaf !== null).length).toBeGreaterThan(0);
    },
  );
});
