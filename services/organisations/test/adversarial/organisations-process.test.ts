import { bearer, graphql, tokenWithoutExpiry, useProductionProcess } from '@passerelle/testing';
import { organisationsSubgraph } from '../../src/subgraph';

/*
 * Issue 21, points 9 and 12, through the organisations service as production runs it (its
 * own process, NODE_ENV=production, configured by its environment): concurrent parent
 * changes that would close a cycle, an editor adopting into an organisation they do not
 * edit, and a token without an expiry.
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }
}`;

describe.each(databases)('the organisations process in production on %s', (kind) => {
  const running = useProductionProcess('organisations', kind, organisationsSubgraph.entities);
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await bearer(['admin']);
  });

  const snapshot = () => running().snapshot();
  const url = () => running().service.url;

  it('refuses a correctly signed token that has no exp, as UNAUTHENTICATED, changing nothing', async () => {
    const endless = await tokenWithoutExpiry(['admin']);
    const before = await snapshot();
    const response = await graphql(url(), CREATE, { input: { name: 'Forever', kind: 'NGO' } }, { authorization: `Bearer ${endless}` });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an editor of UNOPS making UNOPS a unit of INTERSOS, changing nothing', async () => {
    const before = await snapshot();
    const response = await graphql(
      url(),
      UPDATE,
      { id: 'unops', input: { parentId: 'intersos' }, expectedVersion: 1 },
      await bearer(['editor'], ['unops']),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.parentId' });
    expect(await snapshot()).toEqual(before);
  });

  it('applies one of "X under Y" and "Y under X" sent together and refuses the other, in each of 20 rounds', async () => {
    const create = async (name: string) =>
      (await graphql<{ createOrganisation: { id: string; version: number } }>(url(), CREATE, { input: { name, kind: 'NGO' } }, admin)).data!
        .createOrganisation;
    for (let round = 0; round < 20; round += 1) {
      const [x, y] = [await create(`Process pair ${round} X`), await create(`Process pair ${round} Y`)];
      const responses = await Promise.all([
        graphql(url(), UPDATE, { id: x.id, input: { parentId: y.id }, expectedVersion: x.version }, admin),
        graphql(url(), UPDATE, { id: y.id, input: { parentId: x.id }, expectedVersion: y.version }, admin),
      ]);
      const outcomes = responses.map((response) => (response.errors ? String(response.errors[0]!.extensions?.code) : 'applied')).sort();
      expect(outcomes).toEqual(['BAD_USER_INPUT', 'applied']);
    }
    const rows = await running().stored.query<{ id: string; parentId: string | null }[]>(
      'SELECT id, parent_id AS parentId FROM organisations',
    );
    const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
    const depthOf = (id: string) => {
      let depth = 0;
      for (let at = parentOf.get(id) ?? null; at && depth <= rows.length; at = parentOf.get(at) ?? null) depth += 1;
      return depth;
    };
    expect(rows.filter((row) => depthOf(row.id) > rows.length)).toEqual([]);
  });
});
