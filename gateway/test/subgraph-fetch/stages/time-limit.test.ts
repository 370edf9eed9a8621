import { timeLimit } from '../../../src/subgraph-fetch/stages/time-limit/time-limit';
import { SubgraphFetchFailed } from '../../../src/subgraph-fetch/fetch-context';
import { answered, fetchFor, recordingNext } from '../fetch-for';

const ORGANISATION = '{ organisation(id: "undp") { name } }';

describe('the time limit stage', () => {
  it('gives the next stages a signal, and passes their answer on', async () => {
    const next = recordingNext(() => answered({ organisation: { name: 'UNDP' } }));
    const answer = await timeLimit({ timeoutMs: 1000 })(fetchFor(ORGANISATION), next);
    expect(answer.body).toEqual({ data: { organisation: { name: 'UNDP' } } });
    expect(next.received[0]!.signal).toMatchObject({ aborted: false });
  });

  it('fails a fetch still unanswered at the limit as a timeout', async () => {
    const hanging = recordingNext(
      (fetch) =>
        new Promise((_, reject: (reason: Error) => void) => fetch.signal!.once('abort', () => reject(fetch.signal!.reason as Error))),
    );
    const failure = await timeLimit({ timeoutMs: 20 })(fetchFor(ORGANISATION), hanging).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubgraphFetchFailed);
    expect(failure).toMatchObject({ reason: 'timeout' });
  });

  it('leaves the next stages’ own failures as they are', async () => {
    const refused = recordingNext(() => Promise.reject(new SubgraphFetchFailed('unreachable')));
    await expect(timeLimit({ timeoutMs: 1000 })(fetchFor(ORGANISATION), refused)).rejects.toMatchObject({ reason: 'unreachable' });
  });
});
