import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { ChildProcesses, freePort, jsonLines, Output, waitForHealth } from '../support/processes';
import { spawnGateway } from '../support/stand-in-subgraph';
import { offersAndEmployersSubgraph } from './distinct-names-load';

/*
 * Issue 21.11 and 21.12 (the gateway's part), against a production gateway process: a
 * client's mistakes are answered 400 with a code of their own, never as a server error,
 * and logged without a stack; no message suggests a name the client did not know.
 */

interface Answer {
  status: number;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

describe('a production gateway process, sent a client’s mistakes', () => {
  const children = new ChildProcesses();
  let subgraph: http.Server;
  let url: string;
  let log: Output;
  let gateway: ChildProcess;

  beforeAll(async () => {
    subgraph = await offersAndEmployersSubgraph();
    const port = await freePort();
    gateway = children.track(
      spawnGateway(port, subgraph, { NODE_ENV: 'production', JWT_SECRET: 'adversarial-suite-secret-0123456789abcdef', LOG_LEVEL: 'info' }, [
        'ignore',
        'pipe',
        'ignore',
      ]),
    );
    log = new Output(gateway.stdout);
    await waitForHealth(port, gateway);
    url = `http://127.0.0.1:${port}/graphql`;
  }, 120_000);
  afterAll(async () => {
    await children.killAll();
    await new Promise((resolve) => subgraph.close(resolve));
  });

  const post = async (body: Record<string, unknown>): Promise<Answer> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  };
  const firstError = (answer: Answer) => ({
    status: answer.status,
    code: answer.errors?.[0]?.extensions?.code,
    field: answer.errors?.[0]?.extensions?.field,
  });

  it('answers an operationName the document does not define with 400 OPERATION_NOT_FOUND', async () => {
    const answer = await post({ query: 'query A { __typename } query B { __typename }', operationName: 'C' });
    expect(firstError(answer)).toEqual({ status: 400, code: 'OPERATION_NOT_FOUND', field: 'operationName' });
    expect(answer.errors![0]!.message).toMatch(/"C"/);
  });

  it('answers several operations without operationName with 400 OPERATION_NAME_REQUIRED', async () => {
    expect(firstError(await post({ query: 'query A { __typename } query B { __typename }' }))).toEqual({
      status: 400,
      code: 'OPERATION_NAME_REQUIRED',
      field: 'operationName',
    });
    // two anonymous operations: a validation error, as before
    expect(firstError(await post({ query: '{ __typename } { __typename }' }))).toMatchObject({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('answers a persisted query hash that is not its query’s with 400 PERSISTED_QUERY_HASH_MISMATCH, and registers nothing', async () => {
    const query = '{ __typename }';
    const wrongHash = createHash('sha256').update('{ somethingElse }').digest('hex');
    const answer = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } });
    expect(firstError(answer)).toEqual({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH', field: undefined });
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: wrongHash } } });
    expect(firstError(byHash)).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('logs these mistakes at info, without a stack, and nothing at error level', async () => {
    await post({ query: 'query A { __typename } query B { __typename }', operationName: 'C' });
    // the log is buffered (flushed every 250 ms or each 4 KB): wait for its lines, a few seconds at most
    const logged = (code: string) => (line: string) => line.includes('a client mistake') && line.includes(`"code":"${code}"`);
    for (const code of ['OPERATION_NOT_FOUND', 'OPERATION_NAME_REQUIRED', 'PERSISTED_QUERY_HASH_MISMATCH']) {
      await log.waitForLine(logged(code), gateway, 5_000).catch(() => undefined);
    }
    const lines = jsonLines(log);
    const mistakes = lines.filter((line) => line.msg === 'request refused: a client mistake');
    expect(mistakes.map((line) => line.code)).toEqual(
      expect.arrayContaining(['OPERATION_NOT_FOUND', 'OPERATION_NAME_REQUIRED', 'PERSISTED_QUERY_HASH_MISMATCH']),
    );
    expect(mistakes.every((line) => line.level === 30 && !JSON.stringify(line).includes('"stack"'))).toBe(true);
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it('suggests neither enum values nor field names, in a literal, a variable or a selection', async () => {
    const answers = [
      await post({ query: '{ offers(first: 2, filter: { contractTypes: [JPOO] }) { totalCount } }' }),
      await post({
        query: 'query ($types: [ContractType!]) { offers(first: 2, filter: { contractTypes: $types }) { totalCount } }',
        variables: { types: ['JPOO'] },
      }),
      await post({ query: '{ offers(first: 2, filter: { contractType: [JPO] }) { totalCount } }' }),
      await post({ query: '{ offers(first: 2) { totalCont } }' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      const messages = answer.errors!.map((error) => error.message).join('\n');
      expect(messages).not.toMatch(/did you mean|suggestion|"JPO"|totalCount|contractTypes/i);
    }
    expect(firstError(answers[1]!)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types.0' });
  });

  it('names the variable of a null given for a non-null type, as for any other bad variable', async () => {
    const answer = await post({ query: 'query ($id: ID!) { offer(id: $id) { id } }', variables: { id: null } });
    expect(firstError(answer)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'id' });
  });
});
