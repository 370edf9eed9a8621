import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { readmeQueries } from './support/corpus';
import { startGraph, type RunningGraph } from './support/graph';

const examples = readmeQueries();

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

  it.each(examples.map((example, index) => [index + 1, example] as const))(
    'example %i runs through the gateway without errors and answers data',
    async (_index, example) => {
      // mutations, and reads of the caller's own data (a first line "# signed in"), with a token
      const headers: Record<string, string> = example.signedIn
        ? { authorization: `Bearer ${await mintToken({ subject: 'readme', roles: ['admin'] })}` }
        : {};
      const response = await graphql(graph.url, example.query, {}, headers);
      expect(response.errors).toBeUndefined();
      expect(leaves(response.data).filter((leaf) => leaf !== null).length).toBeGreaterThan(0);
    },
  );
});
