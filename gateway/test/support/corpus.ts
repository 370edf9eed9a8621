import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, OperationTypeNode, Kind } from 'graphql';
import {
  FUNDING_BREAKDOWN,
  JOB_BOARD_LIST,
  OFFERS_ONLY_OFFER,
  OFFER_PAGE,
  ORGANISATION_PAGE,
} from '../../../infra/bench/src/queries/documents';

export interface CorpusQuery {
  /** Where it comes from and which one: `readme #3`, `bench list`, `corpus nested-pages`. */
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /**
   * `refuse`: estimated above the cost limit, refused before any subgraph is called;
   * `limit`: refused by another limit (depth, aliases, directives, tokens) before any subgraph is called.
   */
  expect: 'answer' | 'refuse' | 'limit';
  /** The code it is refused with at the default limits (`# refused with:`), for `refuse` and `limit`. */
  refusedWith?: string;
  /** A mutation, or a read of the caller's own data (`# signed in` on its first line): run with an admin token, and never in the fault matrix. */
  signedIn: boolean;
}

const root = path.resolve(__dirname, '..', '..', '..');
const corpusDir = path.join(root, 'gateway', 'corpus');

/** A README example a signed-in caller sends: the caller's own data. */
const SIGNED_IN = /^\s*# signed in\b/;

const needsToken = (query: string) => SIGNED_IN.test(query) || isMutation(query);

const isMutation = (query: string) =>
  parse(query).definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION,
  );

/** The documents whose `graphql` blocks are examples a reader runs: the README's tour, then the guides. */
export const DOCUMENTED_EXAMPLES = ['README.md', 'docs/api.md', 'docs/operations.md'];

/** Every `graphql` block of the README and the guides, in order: `readme #2`, `docs/api.md #5`. */
export function readmeQueries(): CorpusQuery[] {
  return DOCUMENTED_EXAMPLES.flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => ({
      name: `${file === 'README.md' ? 'readme' : file} #${index + 1}`,
      query: match[1]!,
      variables: {},
      expect: 'answer' as const,
      signedIn: needsToken(match[1]!),
    }));
  });
}

/** The benchmark's workload documents, with variables that find seed data. */
export function benchQueries(): CorpusQuery[] {
  const bench = (name: string, query: string, variables: Record<string, unknown>): CorpusQuery => ({
    name: `bench ${name}`,
    query,
    variables,
    expect: 'answer',
    signedIn: false,
  });
  return [
    bench('list', JOB_BOARD_LIST, { filter: { countryCodes: ['CD'] }, first: 20 }),
    bench('search', JOB_BOARD_LIST, { filter: { search: 'coordination', countryCodes: ['CD'] }, first: 20 }),
    bench('detail', OFFER_PAGE, { id: 'undp-stabilisation-coordination-2020' }),
    bench('organisation', ORGANISATION_PAGE, { id: 'undp' }),
    bench('funding', FUNDING_BREAKDOWN, { groupBy: 'DONOR' }),
    bench('single', OFFERS_ONLY_OFFER, { id: 'unops-haiti-community-mobilisation-2017' }),
  ];
}

/** The files of gateway/corpus: clients' largest pages, and what must be refused. */
export function corpusFiles(): CorpusQuery[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(path.join(corpusDir, file), 'utf8');
      const expect = /^# expect: (answer|refuse|limit)$/m.exec(query)?.[1] as CorpusQuery['expect'] | undefined;
      if (!expect) throw new Error(`${file}: no "# expect: answer|refuse|limit" line`);
      const refusedWith = /^# refused with: ([A-Z_]+)$/m.exec(query)?.[1];
      if (expect !== 'answer' && !refusedWith) throw new Error(`${file}: no "# refused with: CODE" line`);
      const variables = /^# variables: (.*)$/m.exec(query)?.[1];
      return {
        name: `corpus ${file.replace(/\.graphql$/, '')}`,
        query,
        variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {},
        expect,
        refusedWith,
        signedIn: needsToken(query),
      };
    });
}

/** Everything clients are known to ask. */
export function wholeCorpus(): CorpusQuery[] {
  return [...readmeQueries(), ...benchQueries(), ...corpusFiles()];
}
