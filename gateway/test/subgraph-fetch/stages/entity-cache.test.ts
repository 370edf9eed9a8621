import { silentLogger } from '@passerelle/testing';
import { Registry } from 'prom-client';
import { entityCache } from '../../../src/subgraph-fetch/stages/entity-cache/entity-cache';
import type { SubgraphAnswer, SubgraphFetch } from '../../../src/subgraph-fetch/fetch-context';
import { fetchFor, recordingNext } from '../fetch-for';

const EMPLOYERS =
  'query Page__organisations__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { name acronym } } }';
const SAME_SELECTION =
  'query Other__organisations__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organisation { acronym name } } }';
const UPDATE = 'mutation { updateOrganisation(id: "undp", input: { acronym: "U" }, expectedVersion: 1) { acronym } }';
const reference = (id: string) => ({ __typename: 'Organisation', id });
const organisation = (id: string) => ({ name: `name of ${id}`, acronym: id.toUpperCase() });

/** The organisations subgraph as the next stage: each entity asked for, public for a minute. */
const subgraph = (cacheControl = 'max-age=60, public') =>
  recordingNext((fetch: SubgraphFetch): SubgraphAnswer => {
    const ids = (fetch.variables.representations as { id: string }[]).map(({ id }) => id);
    return { status: 200, cacheControl, body: { data: { _entities: ids.map(organisation) } } };
  });
const askedIds = (fetch: SubgraphFetch) => (fetch.variables.representations as { id: string }[]).map(({ id }) => id);
const employers = (ids: string[], query = EMPLOYERS, overrides: Partial<SubgraphFetch> = {}) =>
  fetchFor(query, { representations: ids.map(reference) }, overrides);

describe('the entity cache stage', () => {
  const cacheOf = () => entityCache({ maxSizeMb: 1, maxTtlSeconds: 60 }, new Registry(), silentLogger);

  it('answers entities it has, asks for the others only, and gives them back in order', async () => {
    const cache = cacheOf();
    const next = subgraph();
    await cache(employers(['undp', 'unops']), next);
    const answer = await cache(employers(['unicef', 'undp', 'unops', 'unfpa']), next);
    expect(askedIds(next.received[1]!)).toEqual(['unicef', 'unfpa']);
    expect(answer.body).toEqual({ data: { _entities: ['unicef', 'undp', 'unops', 'unfpa'].map(organisation) } });
    expect((await cache(employers(['unops', 'unfpa']), next)).cacheControl).toMatch(/^max-age=\d+, public$/);
    expect(next.received).toHaveLength(2);
  });

  it('keys entities on the selection, not on the operation name or the order of its fields', async () => {
    const cache = cacheOf();
    const next = subgraph();
    await cache(employers(['undp']), next);
    await cache(employers(['undp'], SAME_SELECTION), next);
    expect(next.received).toHaveLength(1);
  });

  it('puts a subgraph’s error on an entity at that entity’s index in the fetch asked for, and keeps nothing of that answer', async () => {
    const cache = cacheOf();
    await cache(employers(['undp']), subgraph());
    const failing = recordingNext((): SubgraphAnswer => ({
      status: 200,
      body: { data: { _entities: [organisation('unicef'), null] }, errors: [{ message: 'boom', path: ['_entities', 1, 'name'] }] },
    }));
    const answer = await cache(employers(['unicef', 'undp', 'unfpa']), failing);
    expect(answer.body).toEqual({
      data: { _entities: [organisation('unicef'), organisation('undp'), null] },
      errors: [{ message: 'boom', path: ['_entities', 2, 'name'] }],
    });
    const next = subgraph();
    await cache(employers(['unicef']), next);
    expect(next.received).toHaveLength(1);
  });

  it('keeps nothing a subgraph marks private or without max-age', async () => {
    const cache = cacheOf();
    for (const cacheControl of ['max-age=60, private', 'no-store', '']) {
      const next = subgraph(cacheControl);
      await cache(employers(['undp']), next);
      await cache(employers(['undp']), next);
      expect(next.received).toHaveLength(2);
    }
  });

  it('keeps an entity no longer than maxTtlSeconds, whatever its max-age', async () => {
    const cache = entityCache({ maxSizeMb: 1, maxTtlSeconds: 1 }, new Registry(), silentLogger);
    const next = subgraph('max-age=300, public');
    await cache(employers(['undp']), next);
    await cache(employers(['undp']), next);
    expect(next.received).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await cache(employers(['undp']), next);
    expect(next.received).toHaveLength(2);
  });

  it('never reads nor fills the cache for a caller with a token, nor for a mutation’s fetches', async () => {
    const cache = cacheOf();
    await cache(employers(['undp']), subgraph());
    const next = subgraph();
    await cache(employers(['undp'], EMPLOYERS, { authorization: 'Bearer editor' }), next);
    await cache(employers(['undp'], EMPLOYERS, { forQuery: false }), next);
    expect(next.received).toHaveLength(2);
  });

  it('reads none of a subgraph’s entities stored before a mutation fetch to it, answered or not', async () => {
    const cache = cacheOf();
    await cache(employers(['undp']), subgraph());
    const timedOut = recordingNext(() => Promise.reject(new Error('timeout')));
    await expect(cache(fetchFor(UPDATE), timedOut)).rejects.toThrow('timeout');
    const next = subgraph();
    await cache(employers(['undp']), next);
    expect(next.received).toHaveLength(1);
  });
});
