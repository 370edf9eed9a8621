import { bearer, describeEachDatabase } from '@passerelle/testing';
import { useOffersSubgraph } from './support';
import { CLOSE, CREATE, UPDATE, offerInput, writtenOf, type Written } from './writes-support';

/*
 * Every write that moves an offer in or out of a status moves it in counts, deadline pages
 * and searches filtered on a list (country, theme, city, programme) or on search words: open
 * offers from memory, closed ones from SQL.
 */

interface Listed {
  offers: { totalCount: number; edges: { node: { id: string } }[] };
}

/** A word no seed offer has, so the test's own offer is the only match. */
const WORD = 'zorglubisation';

const FILTERS: Record<string, string> = {
  country: '{ status: OPEN, countryCodes: ["CD"] }',
  city: '{ status: OPEN, cities: ["goma"] }',
  theme: '{ status: OPEN, themes: ["child-protection"] }',
  programme: '{ status: OPEN, programmeIds: ["issss"] }',
  'theme and contract type': '{ status: OPEN, themes: ["child-protection"], contractTypes: [INDIVIDUAL_CONTRACTOR] }',
  search: `{ status: OPEN, search: "${WORD}" }`,
  'search in a country': `{ status: OPEN, search: "${WORD}", countryCodes: ["CD"] }`,
};

describeEachDatabase('offers', 'an offer moving between statuses', (database) => {
  const { ask } = useOffersSubgraph(database);
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = await bearer(['admin']);
  });

  /** Under each filter: whether the offer is listed on the first page, and the total count. */
  const listings = async (id: string) => {
    const seen: Record<string, { listed: boolean; count: number }> = {};
    for (const [name, filter] of Object.entries(FILTERS)) {
      const response = await ask<Listed>(
        `{ offers(filter: ${filter}, first: 100, orderBy: DEADLINE) { totalCount edges { node { id } } } }`,
      );
      expect(response.errors).toBeUndefined();
      const { totalCount, edges } = response.data!.offers;
      seen[name] = { listed: edges.some((edge) => edge.node.id === id), count: totalCount };
    }
    return seen;
  };
  const everywhere = (listed: boolean, counts: Record<string, number>) =>
    Object.fromEntries(Object.keys(FILTERS).map((name) => [name, { listed, count: counts[name] }]));

  it('follow an offer from draft to open to closed to reopened, in counts, pages and search', async () => {
    const before = await listings('none');
    const countsBefore = Object.fromEntries(Object.entries(before).map(([name, { count }]) => [name, count]));
    const plusOne = Object.fromEntries(Object.entries(countsBefore).map(([name, count]) => [name, count + 1]));

    const draft = writtenOf(await ask<Written>(CREATE, { input: offerInput({ title: `Coordonnateur ${WORD}` }) }, admin), 'createOffer');
    expect(await listings(draft.id)).toEqual(everywhere(false, countsBefore));

    const opened = writtenOf(
      await ask<Written>(UPDATE, { id: draft.id, input: { status: 'OPEN' }, expectedVersion: draft.version }, admin),
      'updateOffer',
    );
    expect(await listings(opened.id)).toEqual(everywhere(true, plusOne));

    const closed = writtenOf(await ask<Written>(CLOSE, { id: opened.id }, admin), 'closeOffer');
    expect(await listings(closed.id)).toEqual(everywhere(false, countsBefore));
    const closedList = await ask<Listed>(
      `{ offers(filter: { status: CLOSED, countryCodes: ["CD"], search: "${WORD}" }) { totalCount edges { node { id } } } }`,
    );
    expect(closedList.data!.offers).toEqual({ totalCount: 1, edges: [{ node: { id: closed.id } }] });

    const reopened = writtenOf(
      await ask<Written>(UPDATE, { id: closed.id, input: { status: 'OPEN' }, expectedVersion: closed.version }, admin),
      'updateOffer',
    );
    expect(await listings(reopened.id)).toEqual(everywhere(true, plusOne));
  });

  it('order a deadline page by the deadline as updated, and keep an offer whose lists are rewritten', async () => {
    const first = writtenOf(
      await ask<Written>(
        CREATE,
        { input: offerInput({ title: `Premier ${WORD}`, status: 'OPEN', deadline: '2098-01-31T21:59:59Z' }) },
        admin,
      ),
      'createOffer',
    );
    const second = writtenOf(
      await ask<Written>(
        CREATE,
        { input: offerInput({ title: `Second ${WORD}`, status: 'OPEN', deadline: '2098-02-28T21:59:59Z' }) },
        admin,
      ),
      'createOffer',
    );
    const page = async () =>
      (
        await ask<Listed>(
          `{ offers(filter: { status: OPEN, countryCodes: ["CD"], deadline: { from: "2098-01-01T00:00:00Z", to: "2098-12-31T00:00:00Z" } }, orderBy: DEADLINE) { edges { node { id } } } }`,
        )
      ).data!.offers.edges.map((edge) => edge.node.id);
    expect(await page()).toEqual([first.id, second.id]);

    // a later deadline moves the first offer after the second; new duty stations keep it in CD
    const moved = await ask(
      UPDATE,
      {
        id: first.id,
        input: { deadline: '2098-03-31T21:59:59Z', dutyStations: [{ city: 'Bukavu', countryCode: 'CD' }] },
        expectedVersion: first.version,
      },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(await page()).toEqual([second.id, first.id]);
  });
});
