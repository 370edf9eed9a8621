import { mintToken } from '@passerelle/auth';
import { TEST_JWT_SECRET, bearer, describeEachDatabase } from '@passerelle/testing';
import { useOffersSubgraph } from './support';
import { CLOSE, CREATE, UPDATE, codeOf, offerInput, snapshot, writtenOf, type WrittenOffer } from './writes-support';

type Headers = Record<string, string>;

const VISIBILITY = /* GraphQL */ `
  query ($id: ID!, $representations: [_Any!]!) {
    offer(id: $id) {
      id
      status
    }
    drafts: offers(filter: { status: DRAFT }) {
      totalCount
      edges {
        node {
          id
        }
      }
      facets {
        organisations {
          organisation {
            id
          }
          count
        }
      }
    }
    publicSearch: offers(filter: { search: "zythologie" }) {
      totalCount
    }
    draftSearch: offers(filter: { search: "zythologie", status: DRAFT }) {
      totalCount
    }
    _entities(representations: $representations) {
      ... on Offer {
        id
      }
      ... on Organisation {
        openOfferCount
        offers(filter: { status: DRAFT }) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
      ... on Programme {
        offers(filter: { status: DRAFT }) {
          totalCount
        }
      }
    }
  }
`;

interface Visibility {
  offer: { id: string; status: string } | null;
  drafts: {
    totalCount: number;
    edges: { node: { id: string } }[];
    facets: { organisations: { organisation: { id: string }; count: number }[] };
  };
  publicSearch: { totalCount: number };
  draftSearch: { totalCount: number };
  _entities: [{ id: string } | null, { openOfferCount: number; offers: { totalCount: number } }, { offers: { totalCount: number } }];
}

describeEachDatabase('offers', 'offer writes and drafts by who is asking', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  const who: Record<string, Headers> = {};
  let unopsDraft: WrittenOffer;
  let undpDraft: WrittenOffer;
  let published: WrittenOffer;

  const write = (query: string, variables: Record<string, unknown>, headers: Headers) =>
    ask<Record<string, WrittenOffer | null>>(query, variables, headers);
  const create = async (overrides: Record<string, unknown>) =>
    writtenOf(await write(CREATE, { input: offerInput(overrides) }, who.admin!), 'createOffer');

  beforeAll(async () => {
    const token = async (secret: string, expiresIn: string | number) =>
      `Bearer ${await mintToken({ subject: 'mallory', roles: ['admin'], secret, expiresIn })}`;
    Object.assign(who, {
      admin: await bearer(['admin']),
      unopsEditor: await bearer(['editor'], ['unops']),
      undpEditor: await bearer(['editor'], ['undp']),
      bothEditor: await bearer(['editor'], ['unops', 'undp']),
      funding: await bearer(['funding']),
      // organisations listed, but not the editor role
      noRole: await bearer([], ['unops']),
      anonymous: {},
      garbage: { authorization: 'Bearer not-a-token' },
      expired: { authorization: await token(TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60) },
      otherSecret: { authorization: await token('a-secret-this-subgraph-does-not-know-at-all', '1h') },
      forgedHeaders: {
        'x-user-id': 'mallory',
        'x-roles': 'admin',
        'x-user-roles': 'admin',
        'x-organisation-ids': 'unops',
        'x-forwarded-user': 'admin',
      },
    });
    unopsDraft = await create({ title: 'Conseiller en zythologie', programmeIds: ['issss'] });
    undpDraft = await create({ organisationId: 'undp', organisationName: 'PNUD', programmeIds: [] });
    published = await create({ status: 'OPEN' });
  });

  const attempts = (on: () => string) => ({
    create: (headers: Headers) => write(CREATE, { input: offerInput() }, headers),
    update: (headers: Headers) => write(UPDATE, { id: on(), input: { positions: 9 }, expectedVersion: 1 }, headers),
    close: (headers: Headers) => write(CLOSE, { id: on() }, headers),
  });

  it.each(['anonymous', 'garbage', 'expired', 'otherSecret', 'forgedHeaders'])(
    'refuses every write from %s with UNAUTHENTICATED, and saves nothing',
    async (caller) => {
      const before = await snapshot(subgraph().dataSource);
      for (const attempt of Object.values(attempts(() => published.id)))
        expect(codeOf(await attempt(who[caller]!))).toBe('UNAUTHENTICATED');
      expect(await snapshot(subgraph().dataSource)).toEqual(before);
    },
  );

  it('answers UNAUTHENTICATED to a token that fails verification, even on a read', async () => {
    for (const caller of ['garbage', 'expired', 'otherSecret']) {
      expect(codeOf(await ask(`{ offers { totalCount } }`, {}, who[caller]))).toBe('UNAUTHENTICATED');
    }
  });

  it.each(['undpEditor', 'funding', 'noRole'])('refuses writes to UNOPS offers by %s with FORBIDDEN', async (caller) => {
    const before = await snapshot(subgraph().dataSource);
    for (const attempt of Object.values(attempts(() => published.id))) expect(codeOf(await attempt(who[caller]!))).toBe('FORBIDDEN');
    expect(await snapshot(subgraph().dataSource)).toEqual(before);
  });

  it('checks who is asking before the input', async () => {
    const malformed = { input: offerInput({ title: '', positions: 0 }) };
    expect(codeOf(await write(CREATE, malformed, who.anonymous!))).toBe('UNAUTHENTICATED');
    expect(codeOf(await write(CREATE, malformed, who.undpEditor!))).toBe('FORBIDDEN');
    expect(codeOf(await write(UPDATE, { id: published.id, input: { title: '' }, expectedVersion: 1 }, who.undpEditor!))).toBe('FORBIDDEN');
  });

  it('treats another organisation’s draft as no offer at all: NOT_FOUND, not FORBIDDEN', async () => {
    const before = await snapshot(subgraph().dataSource);
    const { update, close } = attempts(() => unopsDraft.id);
    expect(codeOf(await update(who.undpEditor!))).toBe('NOT_FOUND');
    expect(codeOf(await close(who.undpEditor!))).toBe('NOT_FOUND');
    expect(await snapshot(subgraph().dataSource)).toEqual(before);
  });

  it('lets an editor move an offer only to an organisation they also edit', async () => {
    const offer = await create({ status: 'OPEN' });
    const move = (headers: Headers, expectedVersion: number) =>
      write(UPDATE, { id: offer.id, input: { organisationId: 'undp', organisationName: 'PNUD' }, expectedVersion }, headers);
    expect(codeOf(await move(who.unopsEditor!, 1))).toBe('FORBIDDEN');
    expect(writtenOf(await move(who.bothEditor!, 1), 'updateOffer').organisation).toEqual({ id: 'undp' });
    expect(codeOf(await write(CLOSE, { id: offer.id }, who.unopsEditor!))).toBe('FORBIDDEN');
    expect(writtenOf(await write(CLOSE, { id: offer.id }, who.undpEditor!), 'closeOffer').status).toBe('CLOSED');
  });

  const visibility = async (caller: string) => {
    const response = await ask<Visibility>(
      VISIBILITY,
      {
        id: unopsDraft.id,
        representations: [
          { __typename: 'Offer', id: unopsDraft.id },
          { __typename: 'Organisation', id: 'unops' },
          { __typename: 'Programme', id: 'issss' },
        ],
      },
      who[caller],
    );
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it.each([
    ['anonymous', []],
    ['forgedHeaders', []],
    ['funding', []],
    ['undpEditor', ['undp']],
  ])('hides UNOPS’s draft from %s everywhere: by id, in lists, counts, facets, search and _entities', async (caller, ownDrafts) => {
    const seen = await visibility(caller);
    expect(seen.offer).toBeNull();
    expect(seen.drafts.edges.map((edge) => edge.node.id)).toEqual(ownDrafts.length ? [undpDraft.id] : []);
    expect(seen.drafts.totalCount).toBe(ownDrafts.length);
    expect(seen.drafts.facets.organisations.map((facet) => facet.organisation.id)).toEqual(ownDrafts);
    expect([seen.publicSearch.totalCount, seen.draftSearch.totalCount]).toEqual([0, 0]);
    expect(seen._entities).toEqual([null, { openOfferCount: 1, offers: { totalCount: 0, edges: [] } }, { offers: { totalCount: 0 } }]);
  });

  it.each([
    ['unopsEditor', 1],
    ['admin', 2],
  ])('shows UNOPS’s draft to %s, and never counts it as open', async (caller, draftCount) => {
    const seen = await visibility(caller);
    expect(seen.offer).toEqual({ id: unopsDraft.id, status: 'DRAFT' });
    expect(seen.drafts.totalCount).toBe(draftCount);
    expect(seen.drafts.edges.map((edge) => edge.node.id)).toContain(unopsDraft.id);
    // without a status filter a list is the public one, drafts excluded, whoever asks
    expect([seen.publicSearch.totalCount, seen.draftSearch.totalCount]).toEqual([0, 1]);
    expect(seen._entities).toEqual([
      { id: unopsDraft.id },
      { openOfferCount: 1, offers: { totalCount: 1, edges: [{ node: { id: unopsDraft.id } }] } },
      { offers: { totalCount: 1 } },
    ]);
  });

  it('shows a draft to everyone once its editor publishes it', async () => {
    const response = await write(
      UPDATE,
      { id: unopsDraft.id, input: { status: 'OPEN' }, expectedVersion: unopsDraft.version },
      who.unopsEditor!,
    );
    expect(writtenOf(response, 'updateOffer').status).toBe('OPEN');
    const seen = await visibility('anonymous');
    expect(seen.offer).toEqual({ id: unopsDraft.id, status: 'OPEN' });
    expect(seen.publicSearch.totalCount).toBe(1);
    expect(seen._entities[1].openOfferCount).toBe(2);
  });
});
