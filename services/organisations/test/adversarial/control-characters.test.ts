import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { bearer, describeEachDatabase, graphql, launchSubgraphUnderTest, tableSnapshot } from '@passerelle/testing';
import { organisationsSubgraph } from '../../src/subgraph';

/* Control characters break every XML and terminal that shows a name: refused at write time, naming the field, nothing saved. */

const CREATE = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id description } }';
const UPDATE =
  'mutation ($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) { updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { id } }';

describeEachDatabase('organisations', 'organisation writes with control characters', (database) => {
  let subgraph: RunningSubgraph;
  let admin: Record<string, string>;
  beforeAll(async () => {
    ({ subgraph } = await launchSubgraphUnderTest(organisationsSubgraph, database.create(), { production: true }));
    admin = await bearer(['admin']);
  });
  afterAll(() => subgraph.stop());

  it.each([
    [{ name: 'Médecins\u0000 Sans Frontières', kind: 'NGO' }, 'input.name'],
    [{ name: 'MSF', kind: 'NGO', acronym: 'M\u001bSF' }, 'input.acronym'],
    [{ name: 'MSF', kind: 'NGO', aliases: ['ok', 'Doctors\u000bWithout Borders'] }, 'input.aliases.1'],
    [{ name: 'MSF\tBelgique', kind: 'NGO' }, 'input.name'],
    [{ name: 'MSF', kind: 'NGO', description: 'Urgence\u0007 médicale' }, 'input.description'],
    [{ name: 'MSF', kind: 'NGO', website: 'https://msf.org/\u0000' }, 'input.website'],
  ])('refuses %j, naming %s, and saves nothing', async (input, field) => {
    const before = await tableSnapshot(subgraph.dataSource, ['organisations']);
    const response = await graphql(subgraph.url, CREATE, { input }, admin);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableSnapshot(subgraph.dataSource, ['organisations'])).toEqual(before);
  });

  it('refuses them in an update too, and keeps line breaks and tabs in a description', async () => {
    const before = await tableSnapshot(subgraph.dataSource, ['organisations']);
    const refused = await graphql(subgraph.url, UPDATE, { id: 'unops', input: { name: 'UNOPS\u0000' }, expectedVersion: 1 }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(await tableSnapshot(subgraph.dataSource, ['organisations'])).toEqual(before);

    const created = await graphql<{ createOrganisation: { description: string } }>(
      subgraph.url,
      CREATE,
      { input: { name: 'Alima', kind: 'NGO', description: 'Première ligne.\r\n\tSeconde ligne.' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation.description).toBe('Première ligne.\r\n\tSeconde ligne.');
  });
});
