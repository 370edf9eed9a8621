import { mintToken, type Role } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';
import { DRAFT_VIEW } from './support/queries';

/** The offers example of the README, as a client would paste it. */
const CREATE_OPEN_OFFER = /* GraphQL */ `
  mutation {
    createOffer(
      input: {
        title: "Chargé·e de suivi-évaluation"
        organisationId: "unops"
        organisationName: "UNOPS"
        contractType: CONSULTANCY
        dutyStations: [{ city: "Goma", countryCode: "CD" }]
        languages: [{ code: "fr", required: true }, { code: "en", required: false }]
        themes: ["stabilisation"]
        programmeIds: ["issss"]
        descriptionSections: [{ heading: "Contexte", body: "Suivi-évaluation des projets de stabilisation dans l'est de la RDC." }]
        deadline: "2099-03-31T21:59:59Z"
        deadlineTimeZone: "Africa/Kinshasa"
        status: OPEN
      }
    ) {
      id
      status
      version
      organisation {
        name
      }
      programmes {
        acronym
      }
    }
  }
`;

interface Written {
  id: string;
  status: string;
  version: number;
}

describe('offer writes through the gateway', () => {
  let graph: RunningGraph;
  const tokens: Record<string, Record<string, string>> = {};
  const as = async (roles: Role[], organisationIds: string[] = []) => ({
    authorization: `Bearer ${await mintToken({ subject: 'gateway-test', roles, organisationIds })}`,
  });

  beforeAll(async () => {
    graph = await startGraph();
    tokens.admin = await as(['admin']);
    tokens.unopsEditor = await as(['editor'], ['unops']);
    tokens.undpEditor = await as(['editor'], ['undp']);
    tokens.anonymous = {};
  });
  afterAll(() => graph.stop());

  const send = <Data = Record<string, Written>>(query: string, variables: Record<string, unknown>, who: string) =>
    graphql<Data>(graph.url, query, variables, tokens[who]);
  const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions;

  it('publishes an offer an admin creates, with its organisation and programme resolved, searchable at once', async () => {
    const created = await send<{ createOffer: Written & { organisation: { name: string }; programmes: { acronym: string }[] } }>(
      CREATE_OPEN_OFFER,
      {},
      'admin',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOffer).toMatchObject({
      status: 'OPEN',
      version: 1,
      organisation: { name: 'United Nations Office for Project Services' },
      programmes: [{ acronym: 'ISSSS' }],
    });
    const found = await send<{ offers: { edges: { node: { id: string; organisation: { acronym: string } } }[] } }>(
      `{ offers(filter: { search: "suivi evaluation", status: OPEN }) { edges { node { id organisation { acronym } } } } }`,
      {},
      'anonymous',
    );
    expect(found.data?.offers.edges).toEqual([{ node: { id: created.data!.createOffer.id, organisation: { acronym: 'UNOPS' } } }]);
  });

  it('keeps a draft to its organisation’s editors across subgraphs, then updates and closes it with version checks', async () => {
    const input = {
      title: 'Analyste de données',
      organisationId: 'unops',
      organisationName: 'UNOPS',
      contractType: 'STAFF',
      programmeIds: ['issss'],
      descriptionSections: [{ body: 'Analyse des données de suivi.' }],
    };
    const created = await send(
      `mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id status version } }`,
      { input },
      'unopsEditor',
    );
    const draft = created.data!.createOffer!;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1 });

    for (const who of ['anonymous', 'undpEditor']) {
      expect((await send(DRAFT_VIEW, { id: draft.id }, who)).data).toEqual({
        offer: null,
        organisation: { openOfferCount: 1, offers: { totalCount: 0 } },
        programme: { offers: { totalCount: 0 } },
      });
    }
    expect((await send(DRAFT_VIEW, { id: draft.id }, 'unopsEditor')).data).toEqual({
      offer: { id: draft.id, status: 'DRAFT' },
      organisation: { openOfferCount: 1, offers: { totalCount: 1 } },
      programme: { offers: { totalCount: 1 } },
    });

    const UPDATE = `mutation ($id: ID!, $input: UpdateOfferInput!, $expectedVersion: Int!) {
      updateOffer(id: $id, input: $input, expectedVersion: $expectedVersion) { id status version }
    }`;
    expect(codeOf(await send(UPDATE, { id: draft.id, input: { positions: 2 }, expectedVersion: 1 }, 'anonymous'))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(codeOf(await send(UPDATE, { id: draft.id, input: { positions: 2 }, expectedVersion: 1 }, 'undpEditor'))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const published = await send(UPDATE, { id: draft.id, input: { status: 'OPEN' }, expectedVersion: 1 }, 'unopsEditor');
    expect(published.data?.updateOffer).toMatchObject({ status: 'OPEN', version: 2 });
    expect(codeOf(await send(UPDATE, { id: draft.id, input: { positions: 2 }, expectedVersion: 1 }, 'unopsEditor'))).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
    });
    expect(codeOf(await send(`mutation { closeOffer(id: "${draft.id}") { id } }`, {}, 'undpEditor'))).toMatchObject({ code: 'FORBIDDEN' });
    const closed = await send(`mutation { closeOffer(id: "${draft.id}") { id status version } }`, {}, 'unopsEditor');
    expect(closed.data?.closeOffer).toMatchObject({ status: 'CLOSED', version: 3 });
  });
});
