import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import Parser from 'rss-parser';
import { startGraph, type RunningGraph } from './support/graph';

interface ListedOffer {
  id: string;
  title: string;
  applyUrl: string | null;
  sourceUrl: string | null;
}

/** Titles are HTML in both feeds (Atom's `type="html"`): the text escaped, as a reader decodes it back. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const LISTED = /* GraphQL */ `
  query ($filter: OfferFilter) {
    offers(filter: $filter, first: 100, orderBy: RECENT) {
      edges {
        node {
          id
          title
          applyUrl
          sourceUrl
        }
      }
    }
  }
`;

describe('offer feeds (Atom and RSS)', () => {
  let graph: RunningGraph;
  let origin: string;
  const parser = new Parser<object, { id: string }>();
  beforeAll(async () => {
    graph = await startGraph();
    origin = new URL(graph.url).origin;
  });
  afterAll(() => graph.stop());

  const get = (path: string) => fetch(`${origin}${path}`);
  const parsed = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return { response, feed: await parser.parseString(await response.text()) };
  };
  const listed = async (filter: Record<string, unknown>): Promise<ListedOffer[]> => {
    const response = await graphql<{ offers: { edges: { node: ListedOffer }[] } }>(graph.url, LISTED, { filter });
    expect(response.errors).toBeUndefined();
    return response.data!.offers.edges.map((edge) => edge.node);
  };
  const refusal = async (path: string) => {
    const response = await get(path);
    return {
      status: response.status,
      error: ((await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] }).errors[0]!,
    };
  };

  it('serves Atom 1.0 of the offers a filter matches, as offers lists them newest first, linking to each offer', async () => {
    const { response, feed } = await parsed('/feeds/offers.atom?countryCodes=CD&status=CLOSED');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const expected = await listed({ countryCodes: ['CD'], status: 'CLOSED' });
    expect(expected.length).toBeGreaterThan(1);
    expect(feed.title).toBe('Passerelle offers: countryCodes=CD, status=CLOSED');
    expect(feed.feedUrl).toBe(`${origin}/feeds/offers.atom?countryCodes=CD&status=CLOSED`);
    const self = `${origin}/feeds/offers.atom?countryCodes=CD&status=CLOSED`;
    expect(feed.items.map((item) => [item.id, item.title, item.link])).toEqual(
      // an offer with neither URL links to its place in the feed
      expected.map((offer) => [
        `urn:passerelle:offer:${offer.id}`,
        asHtml(offer.title),
        offer.applyUrl ?? offer.sourceUrl ?? `${self}#${offer.id}`,
      ]),
    );
    expect(expected.some((offer) => offer.applyUrl)).toBe(true);
    expect(feed.items[0]!.isoDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('serves the same entries as RSS 2.0', async () => {
    const { response, feed } = await parsed('/feeds/offers.rss?countryCodes=CD&status=CLOSED');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const expected = await listed({ countryCodes: ['CD'], status: 'CLOSED' });
    const self = `${origin}/feeds/offers.rss?countryCodes=CD&status=CLOSED`;
    expect(feed.items.map((item) => [item.guid, item.title, item.link])).toEqual(
      expected.map((offer) => [
        `urn:passerelle:offer:${offer.id}`,
        asHtml(offer.title),
        offer.applyUrl ?? offer.sourceUrl ?? `${self}#${offer.id}`,
      ]),
    );
  });

  it('sends the cache policy of the answer: the offers list hint (30 s), public', async () => {
    const response = await get('/feeds/offers.atom');
    expect(response.headers.get('cache-control')).toBe('max-age=30, public');
  });

  it('takes lists repeated or comma-separated, and ranges as <field>From and <field>To', async () => {
    const repeated = await parsed('/feeds/offers.atom?countryCodes=CD&countryCodes=HT');
    const commas = await parsed('/feeds/offers.atom?countryCodes=CD,HT');
    expect(commas.feed.items.map((item) => item.id)).toEqual(repeated.feed.items.map((item) => item.id));
    expect(repeated.feed.items.map((item) => item.title)).toEqual(
      (await listed({ countryCodes: ['CD', 'HT'] })).map((offer) => asHtml(offer.title)),
    );
    const ranged = await parsed('/feeds/offers.atom?deadlineFrom=2020-01-01T00:00:00Z&deadlineTo=2024-01-01T00:00:00Z');
    expect(ranged.feed.items.map((item) => item.title)).toEqual(
      (await listed({ deadline: { from: '2020-01-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } })).map((offer) => asHtml(offer.title)),
    );
  });

  it('puts the newest offer first, and shows no drafts', async () => {
    const admin = { authorization: `Bearer ${await mintToken({ subject: 'feeds', roles: ['admin'] })}` };
    const create = (title: string, postedAt: string, status: string) =>
      graphql(
        graph.url,
        'mutation ($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            title,
            organisationId: 'unops',
            organisationName: 'UNOPS',
            contractType: 'CONSULTANCY',
            postedAt,
            status,
            dutyStations: [{ city: 'Tombouctou', countryCode: 'ML' }],
            descriptionSections: [{ body: 'Appui au suivi des projets.' }],
            applyUrl: `https://jobs.example.org/${encodeURIComponent(title)}`,
          },
        },
        admin,
      );
    await create('Ancienne offre', '2026-01-02T08:00:00Z', 'OPEN');
    await create('Nouvelle offre', '2026-02-03T08:00:00Z', 'OPEN');
    await create('Brouillon', '2026-03-01T08:00:00Z', 'DRAFT');
    const { feed } = await parsed('/feeds/offers.rss?cities=Tombouctou');
    expect(feed.items.map((item) => [item.title, item.link])).toEqual([
      ['Nouvelle offre', 'https://jobs.example.org/Nouvelle%20offre'],
      ['Ancienne offre', 'https://jobs.example.org/Ancienne%20offre'],
    ]);
    expect((await parsed('/feeds/offers.atom?status=DRAFT')).feed.items).toEqual([]);
  });

  it.each([
    ['a country code in lower case', '?countryCodes=cd', 'countryCodes'],
    ['an unknown contract type', '?contractTypes=CONSULTANCY,NOPE', 'contractTypes'],
    ['a date that is not an instant', '?deadlineFrom=yesterday', 'deadlineFrom'],
    ['an instant on a day the calendar does not have', '?deadlineFrom=2099-02-30T00:00:00Z', 'deadlineFrom'],
    ['an instant in the year 0000', '?postedAtTo=0000-01-01T00:00:00Z', 'postedAtTo'],
    ['a page larger than 100', '?first=500', 'first'],
    ['a single value given twice', '?status=OPEN&status=CLOSED', 'status'],
    ['an unknown parameter', '?colour=blue', 'colour'],
  ])('answers 400 naming the parameter for %s', async (_what, query, parameter) => {
    const { status, error } = await refusal(`/feeds/offers.atom${query}`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: parameter });
    expect(error.message).toContain(parameter);
  });

  it('answers 503 while the offers service is down, and a feed again once it is back', async () => {
    await graph.stopSubgraph('offers');
    try {
      const { status, error } = await refusal('/feeds/offers.atom');
      expect([status, error.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    } finally {
      await graph.restartSubgraph('offers');
    }
    expect((await parsed('/feeds/offers.atom?cities=Bunia')).feed.items.length).toBeGreaterThan(0);
  });
});
