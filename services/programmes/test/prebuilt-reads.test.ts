import { describeEachDatabase } from '@passerelle/testing';
import { Programme } from '../src/programmes/programme.entity';
import { ProgrammeCountry } from '../src/programmes/programme-country.entity';
import { ProgrammeReads } from '../src/programmes/programme-reads';
import { launchProgrammes, type ProgrammesUnderTest } from './support';

/*
 * The entity lookups run prebuilt SQL with rows mapped by hand (programme-statements.ts): they must
 * give what TypeORM's entity path gives, on both databases.
 */
describeEachDatabase('prebuilt_programmes', 'programmes read by prebuilt SQL', (database) => {
  let programmes: ProgrammesUnderTest;
  beforeAll(async () => {
    programmes = await launchProgrammes(database.create());
  }, 120_000);
  afterAll(() => programmes.subgraph.stop());

  it('finds programmes by id, mapped as the entity path maps them', async () => {
    const { dataSource } = programmes.subgraph;
    const all = await dataSource.getRepository(Programme).find({ order: { id: 'ASC' } });
    // what mapping can get wrong: JSON aliases, null and set years
    expect(all.some((programme) => programme.aliases.length > 0)).toBe(true);
    expect(all.some((programme) => programme.startYear === null) && all.some((programme) => programme.startYear !== null)).toBe(true);

    const found = await new ProgrammeReads(dataSource).findByIds([...all.map((programme) => programme.id), 'no-such-programme']);
    const shown = all.map(({ searchText: _, createdAt: __, updatedAt: ___, ...view }) => view);
    expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual(shown);
  });

  it('gives each programme’s countries in the sources’ order', async () => {
    const { dataSource } = programmes.subgraph;
    const countries = dataSource.getRepository(ProgrammeCountry);
    const [first] = await countries.find({ order: { programmeId: 'ASC' } });
    // listed in an order that is neither the codes' nor the insertion's
    await countries.insert([
      { programmeId: first!.programmeId, countryCode: 'AA', position: 8 },
      { programmeId: first!.programmeId, countryCode: 'ZZ', position: 7 },
    ]);
    const rows = await countries.find({ order: { programmeId: 'ASC', position: 'ASC' } });
    const ids = [...new Set(rows.map((row) => row.programmeId))];
    expect(await new ProgrammeReads(dataSource).countriesOf(ids)).toEqual(
      rows.map(({ programmeId, countryCode }) => ({ programmeId, countryCode })),
    );
  });
});
