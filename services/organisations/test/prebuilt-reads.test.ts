import type { RunningSubgraph } from '@passerelle/subgraph-kit';
import { describeEachDatabase, launchSubgraphUnderTest } from '@passerelle/testing';
import { organisationsSubgraph } from '../src/subgraph';
import { Organisation } from '../src/organisations/organisation.entity';
import { OrganisationReads } from '../src/organisations/organisation-reads';

/*
 * The entity lookups run prebuilt SQL with rows mapped by hand (organisation-statements.ts): they
 * must give what TypeORM's entity path gives, on both databases.
 */
describeEachDatabase('prebuilt_organisations', 'organisations read by prebuilt SQL', (database) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = (await launchSubgraphUnderTest(organisationsSubgraph, database.create())).subgraph;
  }, 120_000);
  afterAll(() => subgraph.stop());

  const shown = ({ id, name, acronym, aliases, kind, parentId, countryCode, website, description, version }: Organisation) => ({
    id,
    name,
    acronym,
    aliases,
    kind,
    parentId,
    countryCode,
    website,
    description,
    version,
  });

  it('finds organisations by id with their parents, mapped as the entity path maps them', async () => {
    const all = await subgraph.dataSource.getRepository(Organisation).find({ order: { id: 'ASC' } });
    const unit = all.find((organisation) => organisation.parentId !== null)!;
    expect(unit).toBeDefined();
    // what mapping can get wrong: JSON aliases, nulls
    expect(all.some((organisation) => organisation.aliases.length > 0)).toBe(true);
    expect(all.some((organisation) => organisation.countryCode === null)).toBe(true);

    const store = new OrganisationReads(subgraph.dataSource);
    const found = (await store.findWithParents([unit.id, 'no-such-organisation'])).sort((a, b) => a.id.localeCompare(b.id));
    const expected = all.filter((organisation) => organisation.id === unit.id || organisation.id === unit.parentId).map(shown);
    expect(found).toEqual(expected);

    const every = (await store.findWithParents(all.map((organisation) => organisation.id))).sort((a, b) => a.id.localeCompare(b.id));
    expect(every).toEqual(all.map(shown));
  });

  it('lists the units of organisations by name, as the entity path does', async () => {
    const repository = subgraph.dataSource.getRepository(Organisation);
    const parentIds = [...new Set((await repository.find()).map((organisation) => organisation.parentId).filter((id) => id !== null))];
    const expected = await repository
      .createQueryBuilder('o')
      .where('o.parent_id IN (:...parentIds)', { parentIds })
      .orderBy('o.sort_name')
      .addOrderBy('o.id')
      .getMany();
    expect(expected.length).toBeGreaterThan(0);
    expect(await new OrganisationReads(subgraph.dataSource).findUnitsOf(parentIds)).toEqual(expected.map(shown));
  });
});
