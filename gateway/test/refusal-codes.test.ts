import { graphql } from '@passerelle/testing';
import { DEFAULT_LIMITS } from '../src/limits';
import { corpusFiles } from './support/corpus';
import { ChildProcesses, gatewayProcess, PRODUCTION_ENV } from './support/processes';

const children = new ChildProcesses();
afterAll(() => children.killAll());

const refusedByALimit = corpusFiles().filter((entry) => entry.expect === 'limit');
/** too-many-tokens.graphql: 201 aliased fields of 11 tokens each (`o1 : organisation ( id : "undp" ) { name }`), inside 4 others. */
const TOKENS_OF_THE_TOO_LARGE_DOCUMENT = 2215;
const LIMIT_OF: Record<string, number> = {
  DEPTH_LIMIT_EXCEEDED: DEFAULT_LIMITS.maxDepth,
  ALIAS_LIMIT_EXCEEDED: DEFAULT_LIMITS.maxAliases,
  DIRECTIVE_LIMIT_EXCEEDED: DEFAULT_LIMITS.maxDirectives,
  TOKEN_LIMIT_EXCEEDED: DEFAULT_LIMITS.maxTokens,
};

/** Refused before any subgraph is called, so the gateway processes run without them. */
describe('each limit refuses with its own code, from a gateway process started from its environment', () => {
  let development: string;
  let production: string;
  beforeAll(async () => {
    [development, production] = await Promise.all([gatewayProcess(children, {}), gatewayProcess(children, PRODUCTION_ENV)]);
  }, 120_000);

  it('has a corpus query for each of the four limits', () => {
    expect(refusedByALimit.map((entry) => entry.refusedWith).sort()).toEqual(Object.keys(LIMIT_OF).sort());
  });

  it.each(refusedByALimit.map((entry) => [entry.refusedWith!, entry] as const))(
    '%s in development: a 400 whose message and extensions give the limit and what the operation had, and no "Syntax Error"',
    async (code, entry) => {
      const response = await graphql(development, entry.query, entry.variables);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      const limit = LIMIT_OF[code]!;
      expect(response.errors).toEqual([
        {
          message: expect.stringContaining(`the limit is ${limit}`),
          extensions: {
            code,
            limit,
            found: code === 'TOKEN_LIMIT_EXCEEDED' ? TOKENS_OF_THE_TOO_LARGE_DOCUMENT : limit + 1,
            requestId: expect.any(String),
          },
        },
      ]);
      expect(response.errors![0]!.message).not.toMatch(/Syntax Error/);
    },
  );

  it.each(refusedByALimit.map((entry) => [entry.refusedWith!, entry] as const))(
    '%s in production: the same code, and neither the limit nor what the operation had',
    async (code, entry) => {
      const response = await graphql(production, entry.query, entry.variables);
      expect(response.status).toBe(400);
      expect(response.errors).toEqual([
        { message: expect.not.stringMatching(/\d|Syntax Error/), extensions: { code, requestId: expect.any(String) } },
      ]);
    },
  );
});
