import { Registry } from 'prom-client';
import { SharedFetches } from '../../../src/subgraph-fetch/stages/shared-fetches/shared-fetches';
import type { SubgraphAnswer } from '../../../src/subgraph-fetch/fetch-context';
import { answered, fetchFor, recordingNext } from '../fetch-for';

const ORGANISATION = 'query ($id: ID!) { organisation(id: $id) { name } }';
const UPDATE = 'mutation { updateOrganisation(id: "undp", input: { acronym: "U" }, expectedVersion: 1) { acronym } }';

/** A next stage whose answers wait until `release` is called: fetches sent meanwhile overlap. */
function heldNext() {
  const releases: (() => void)[] = [];
  const next = recordingNext(
    () => new Promise<SubgraphAnswer>((resolve) => releases.push(() => resolve(answered({ organisation: { name: 'UNDP' } })))),
  );
  return { next, release: () => releases.splice(0).forEach((release) => release()) };
}

describe('the shared fetches stage', () => {
  it('sends identical fetches in flight once, each getting an answer of its own', async () => {
    const sharing = new SharedFetches(new Registry());
    const { next, release } = heldNext();
    const answers = Promise.all([1, 2, 3].map(() => sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }), next)));
    release();
    const [first, second, third] = await answers;
    expect(next.received).toHaveLength(1);
    expect([first!.body, second!.body, third!.body]).toEqual(Array(3).fill({ data: { organisation: { name: 'UNDP' } } }));
    // the gateway merges into what it receives: one fetch's answer is not another's
    expect(second!.body).not.toBe(first!.body);
    expect(third!.body).not.toBe(second!.body);
  });

  it('sends fetches with other variables, another Authorization, or made for a mutation each on its own', async () => {
    const sharing = new SharedFetches(new Registry());
    const { next, release } = heldNext();
    const answers = Promise.all([
      sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }), next),
      sharing.stage(fetchFor(ORGANISATION, { id: 'unops' }), next),
      sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }, { authorization: 'Bearer a' }), next),
      sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }, { forQuery: false }), next),
    ]);
    release();
    await answers;
    expect(next.received).toHaveLength(4);
  });

  it('lets no fetch begun after a mutation fetch was answered join one begun before it', async () => {
    const sharing = new SharedFetches(new Registry());
    const { next, release } = heldNext();
    const before = sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }), next);
    await sharing.stage(
      fetchFor(UPDATE),
      recordingNext(() => answered({ updateOrganisation: { acronym: 'U' } })),
    );
    const after = sharing.stage(fetchFor(ORGANISATION, { id: 'undp' }), next);
    release();
    await Promise.all([before, after]);
    expect(next.received).toHaveLength(2);
  });
});
