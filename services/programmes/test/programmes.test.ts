import { describeEachDatabase } from '@passerelle/testing';
import { seedProgrammes } from '../src/seed/seed-programmes';
import { SEED_CONTRIBUTIONS, SEED_PROGRAMMES } from '../src/seed/seed-data';
import { launchProgrammes, type ProgrammesUnderTest } from './support';

interface Page<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

interface DatedProgramme {
  id: string;
  startDate: string | null;
  endDate: string | null;
  startYear: number | null;
  endYear: number | null;
}

const LIST = /* GraphQL */ `
  query List($filter: ProgrammeFilter, $first: Int, $after: String) {
    programmes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`;

describeEachDatabase('programmes', 'programmes subgraph', (database) => {
  let service: ProgrammesUnderTest;
  const ids = async (filter: Record<string, unknown>) =>
    (await service.ask<{ programmes: Page<{ id: string }> }>(LIST, { filter, first: 100 })).data?.programmes.edges.map(
      (edge) => edge.node.id,
    );

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('serves the Stabilisation Coherence Fund as the sources state it', async () => {
    const response = await service.ask(`{
      programme(id: "fcs") {
        name acronym kind countryCodes startDate endDate startYear endYear
        parent { id acronym }
        participants { organisation { id } role }
        funding {
          totals { amount currency }
          contributionCount unknownAmountCount
          reported { amount { amount currency } asOf asOfStated kind donors { id } excerpt }
          donors { id }
          byStatus { status contributionCount unknownAmountCount totals { amount } }
        }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const fcsDonors = ['un-pbf', 'gov-uk', 'gov-netherlands', 'gov-norway', 'gov-sweden', 'gov-germany'].map((id) => ({ id }));
    expect(response.data).toEqual({
      programme: {
        name: 'Fonds de cohérence pour la stabilisation',
        acronym: 'FCS',
        kind: 'POOLED_FUND',
        countryCodes: ['CD'],
        startDate: '2015',
        endDate: null,
        startYear: 2015,
        endYear: null,
        parent: { id: 'issss', acronym: 'ISSSS' },
        participants: [
          { organisation: { id: 'drc-ministry-of-plan' }, role: 'BOARD_CO_CHAIR' },
          { organisation: { id: 'monusco' }, role: 'BOARD_CO_CHAIR' },
          { organisation: { id: 'monusco-uas' }, role: 'MANAGER' },
          ...['gov-germany', 'gov-netherlands', 'gov-norway', 'gov-sweden', 'gov-uk', 'un-pbf'].map((id) => ({
            organisation: { id },
            role: 'FUNDING',
          })),
        ],
        funding: {
          totals: [],
          contributionCount: 6,
          unknownAmountCount: 6,
          reported: [
            {
              amount: { amount: '40265165.00', currency: 'USD' },
              asOf: '2017-12',
              asOfStated: true,
              kind: 'TOTAL_CONTRIBUTIONS',
              donors: fcsDonors,
              excerpt: 'Le montant total des contributions au FCS s’élève à 40 265 165 dollars (Décembre 2017).',
            },
          ],
          donors: fcsDonors,
          byStatus: [{ status: 'PAID', contributionCount: 6, unknownAmountCount: 6, totals: [] }],
        },
      },
    });
  });

  it('records the aligned portfolio’s reported budget, its funders and the North Kivu partnership', async () => {
    const response = await service.ask(`{
      programme(id: "issss-aligned-portfolio") {
        kind startDate endDate startYear endYear parent { id }
        participants(role: PARTNER) { organisation { id } note }
        funding { donors { id } byStatus { status contributionCount } reported { amount { amount currency } asOf asOfStated kind } }
      }
    }`);
    expect(response.data).toEqual({
      programme: {
        kind: 'BILATERAL_PORTFOLIO',
        startDate: '2016',
        endDate: '2019',
        startYear: 2016,
        endYear: 2019,
        parent: { id: 'issss' },
        participants: [
          {
            organisation: { id: 'drc-north-kivu' },
            note: 'Le PNUD/MONUSCO finance le portefeuille « en partenariat avec la province du Nord-Kivu ».',
          },
        ],
        funding: {
          donors: ['gov-netherlands', 'gov-united-states', 'gov-uk', 'gov-sweden', 'gov-germany', 'undp', 'monusco'].map((id) => ({ id })),
          byStatus: [{ status: 'COMMITTED', contributionCount: 7 }],
          reported: [{ amount: { amount: '120000000.00', currency: 'USD' }, asOf: '2017-12', asOfStated: false, kind: 'BUDGET' }],
        },
      },
    });
  });

  it('links the ISSSS to its mechanisms, its secretariat and the programme it supports', async () => {
    const response = await service.ask(`{
      issss: programme(id: "issss") {
        kind startDate startYear components { id } supports { id acronym }
        participants { organisation { id } role }
      }
      starec: programme(id: "starec") { supportedBy { id } }
      secretariat: programme(id: "issss-secretariat") { kind parent { id } participants { organisation { id } role } }
      jpo: programme(id: "belgian-jpo-programme") { kind countryCodes participants { organisation { id } role } }
    }`);
    expect(response.data).toEqual({
      issss: {
        kind: 'STRATEGY',
        startDate: '2008',
        startYear: 2008,
        components: [{ id: 'issss-aligned-portfolio' }, { id: 'fcs' }, { id: 'issss-secretariat' }],
        supports: { id: 'starec', acronym: 'STAREC' },
        participants: [
          { organisation: { id: 'monusco-uas' }, role: 'COORDINATOR' },
          { organisation: { id: 'starec' }, role: 'SECRETARIAT' },
          { organisation: { id: 'monusco-uas' }, role: 'SECRETARIAT' },
        ],
      },
      starec: { supportedBy: [{ id: 'issss' }] },
      secretariat: {
        kind: 'COORDINATION_MECHANISM',
        parent: { id: 'issss' },
        participants: [
          { organisation: { id: 'starec' }, role: 'LEAD' },
          { organisation: { id: 'monusco-uas' }, role: 'LEAD' },
        ],
      },
      jpo: {
        kind: 'TALENT_PROGRAMME',
        countryCodes: [],
        participants: [
          { organisation: { id: 'gov-belgium' }, role: 'SPONSOR' },
          { organisation: { id: 'btc-ctb' }, role: 'TRAINING_PROVIDER' },
        ],
      },
    });
  });

  it('answers null, without an error, for an unknown id', async () => {
    const response = await service.ask(`{ programme(id: "no-such-programme") { id } contribution(id: "nope") { id } }`);
    expect(response).toEqual({ status: 200, data: { programme: null, contribution: null } });
  });

  it('filters by search, kind, country and participant (donors included)', async () => {
    expect(await ids({ search: 'coherence' })).toEqual(['fcs']);
    expect(await ids({ search: 'STRATÉGIE internationale' })).toEqual(['issss']);
    expect(await ids({ search: 'starec' })).toEqual(['starec']);
    expect(await ids({ kinds: ['POOLED_FUND', 'BILATERAL_PORTFOLIO'] })).toEqual(['issss-aligned-portfolio', 'fcs']);
    expect(await ids({ countries: ['HT', 'ML'] })).toEqual(['unops-fort-national', 'un-women-mali-peace-security']);
    expect(await ids({ participant: 'gov-sweden' })).toEqual(['issss-aligned-portfolio', 'fcs']);
    expect(await ids({ participant: 'gov-belgium' })).toEqual(['belgian-jpo-programme', 'un-women-mali-peace-security']);
    expect(await ids({ parentId: 'issss', countries: ['CD'], search: 'fonds' })).toEqual(['fcs']);
    expect(await ids({ search: '50%' })).toEqual([]);
  });

  it('lists the programme asked for first: an exact acronym, alias or name, then names beginning with the search', async () => {
    expect(await ids({ search: 'fcs' })).toEqual(['fcs']);
    expect(await ids({ search: 'Stabilisation Coherence Fund' })).toEqual(['fcs']);
    // the ISSSS's acronym; then the portfolio's and the secretariat's English aliases, which begin with it
    expect(await ids({ search: 'issss' })).toEqual(['issss', 'issss-aligned-portfolio', 'issss-secretariat']);
    expect(await ids({ search: 'ISSSS', parentId: 'issss' })).toEqual(['issss-aligned-portfolio', 'issss-secretariat']);
  });

  it('pages through a ranked search, across its tiers, without overlap or gap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: { data?: { programmes: Page<{ id: string }> } | null } = await service.ask(LIST, {
        filter: { search: 'issss' },
        first: 1,
        after,
      });
      const page: Page<{ id: string }> = response.data!.programmes;
      expect(page.totalCount).toBe(3);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['issss', 'issss-aligned-portfolio', 'issss-secretariat']);
  });

  it('refuses a malformed country code, naming the filter field', async () => {
    const response = await service.ask(LIST, { filter: { countries: ['cd'] } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.countries' });
  });

  it('pages through every programme without overlap or gap, in name order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const response: { data?: { programmes: Page<{ id: string }> } | null } = await service.ask(LIST, { first: 2, after });
      const page: Page<{ id: string }> = response.data!.programmes;
      expect(page.totalCount).toBe(SEED_PROGRAMMES.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(SEED_PROGRAMMES.length);
    expect([...seen].sort()).toEqual(SEED_PROGRAMMES.map((seed) => seed.id).sort());
    expect(seen[0]).toBe('issss-aligned-portfolio');
  });

  it('pages through a programme’s contributions and through all of them', async () => {
    const ofPortfolio = async (after: string | null) =>
      (
        await service.ask<{ programme: { contributions: Page<{ id: string }> } }>(
          `query ($after: String) { programme(id: "issss-aligned-portfolio") {
            contributions(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
          } }`,
          { after },
        )
      ).data!.programme.contributions;
    const seen: string[] = [];
    let page = await ofPortfolio(null);
    seen.push(...page.edges.map((edge) => edge.node.id));
    while (page.pageInfo.hasNextPage) {
      page = await ofPortfolio(page.pageInfo.endCursor);
      seen.push(...page.edges.map((edge) => edge.node.id));
    }
    expect(page.totalCount).toBe(7);
    expect(seen).toEqual(
      SEED_CONTRIBUTIONS.filter((seed) => seed.programmeId === 'issss-aligned-portfolio')
        .map((seed) => seed.id)
        .sort(),
    );

    const all = await service.ask<{ contributions: Page<{ id: string }> }>(
      `{ contributions(first: 100, filter: { statuses: [PAID] }) { totalCount edges { node { id } } } }`,
    );
    expect(all.data?.contributions.totalCount).toBe(6);
  });

  it('refuses a page size over 100 and a cursor made for another list, naming the argument', async () => {
    const tooMany = await service.ask(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const contributions = await service.ask<{ contributions: Page<unknown> }>(`{ contributions(first: 1) { pageInfo { endCursor } } }`);
    const foreign = await service.ask(LIST, { after: contributions.data!.contributions.pageInfo.endCursor });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows an organisation its programmes, by role, and its contributions', async () => {
    const response = await service.ask(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Organisation {
            id
            all: programmes { id }
            funding: programmes(role: FUNDING) { id }
            secretariat: programmes(role: SECRETARIAT) { id }
            contributions { id status amount { amount } programme { acronym } }
          }
        }
      }`,
      {
        representations: [
          { __typename: 'Organisation', id: 'monusco-uas' },
          { __typename: 'Organisation', id: 'gov-norway' },
        ],
      },
    );
    expect(response.data).toEqual({
      _entities: [
        {
          id: 'monusco-uas',
          all: [{ id: 'fcs' }, { id: 'issss-secretariat' }, { id: 'issss' }],
          funding: [],
          secretariat: [{ id: 'issss' }],
          contributions: [],
        },
        {
          id: 'gov-norway',
          all: [{ id: 'fcs' }],
          funding: [{ id: 'fcs' }],
          secretariat: [],
          contributions: [{ id: 'fcs-gov-norway', status: 'PAID', amount: null, programme: { acronym: 'FCS' } }],
        },
      ],
    });
  });

  it('publishes a Federation 2 SDL with its entities and its side of Organisation', async () => {
    const response = await service.ask<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = response.data!._service.sdl;
    expect(sdl).toMatch(/type Programme\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Contribution\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organisation\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
  });

  it('resolves many programme references with one SQL query, unknown ones to null', async () => {
    service.queries.reset();
    const response = await service.ask(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Programme { id acronym } } }`,
      {
        representations: [
          { __typename: 'Programme', id: 'fcs' },
          { __typename: 'Programme', id: 'no-such-programme' },
          { __typename: 'Programme', id: 'issss' },
          { __typename: 'Programme', id: 'starec' },
        ],
      },
    );
    expect(response.data).toEqual({
      _entities: [{ id: 'fcs', acronym: 'FCS' }, null, { id: 'issss', acronym: 'ISSSS' }, { id: 'starec', acronym: 'STAREC' }],
    });
    expect(service.queries.selects()).toHaveLength(1);
  });

  it('loads a page’s countries, participants, relations, contributions and funding in a fixed number of queries', async () => {
    const query = `query ($first: Int) { programmes(first: $first) { edges { node {
      countryCodes parent { id } components { id } supportedBy { id } participants { role organisation { id } }
      contributions(first: 2) { totalCount edges { node { id amount { amount } } } }
      funding { totals { amount } donors { id } reported { asOf } }
    } } } }`;
    const selectsFor = async (first: number) => {
      service.queries.reset();
      const response = await service.ask(query, { first });
      expect(response.errors).toBeUndefined();
      return service.queries.selects().length;
    };
    // page, countries, parents, components, supporters, stated participants, donors,
    // contribution pages, their counts, funding aggregates, reported totals
    expect(await selectsFor(2)).toBe(11);
    expect(await selectsFor(9)).toBe(11);
  });

  it('dates each programme as precisely as its source does, a year where it gives a year', async () => {
    const response = await service.ask<{ programmes: Page<DatedProgramme> }>(
      `{ programmes(first: 100) { edges { node { id startDate endDate startYear endYear } } } }`,
    );
    const dated = response.data!.programmes.edges.map((edge) => edge.node).filter((node) => node.startDate || node.endDate);
    expect(dated).toEqual([
      // "L’« Alignement » de projets bilatéraux de stabilisation à l’ISSSS tel que mis en œuvre entre 2016 et 2019"
      { id: 'issss-aligned-portfolio', startDate: '2016', endDate: '2019', startYear: 2016, endYear: 2019 },
      // "Le FCS a été établi en 2015"
      { id: 'fcs', startDate: '2015', endDate: null, startYear: 2015, endYear: null },
      // "Le Mali vit une période de crise depuis 2012" … "Dès l’éclatement de la crise, le bureau d’ONU Femmes au Mali a élaboré un vaste programme"
      { id: 'un-women-mali-peace-security', startDate: '2012', endDate: null, startYear: 2012, endYear: null },
      // "Cette stratégie a été élaborée pour soutenir la mise en œuvre du … (STAREC) à partir de 2008"
      { id: 'issss', startDate: '2008', endDate: null, startYear: 2008, endYear: null },
    ]);
    const undated = response.data!.programmes.edges.map((edge) => edge.node).filter((node) => !node.startDate && !node.endDate);
    expect(undated.every((node) => node.startYear === null && node.endYear === null)).toBe(true);
  });

  it('brings the dates to a database the previous seed filled, and keeps a date already there', async () => {
    const { dataSource } = service.subgraph;
    // what the previous version's seed left: years only, and no year for the UN Women programme
    await dataSource.query('UPDATE programmes SET start_date = NULL, end_date = NULL');
    await dataSource.query("UPDATE programmes SET start_year = NULL WHERE id = 'un-women-mali-peace-security'");
    await dataSource.query("UPDATE programmes SET start_date = '2015-06' WHERE id = 'fcs'");
    expect(await seedProgrammes(dataSource)).toBe(3);
    const response = await service.ask(`{
      issss: programme(id: "issss") { startDate }
      portfolio: programme(id: "issss-aligned-portfolio") { startDate endDate endYear }
      mali: programme(id: "un-women-mali-peace-security") { startDate startYear }
      fcs: programme(id: "fcs") { startDate startYear }
    }`);
    expect(response.data).toEqual({
      issss: { startDate: '2008' },
      portfolio: { startDate: '2016', endDate: '2019', endYear: 2019 },
      mali: { startDate: '2012', startYear: 2012 },
      fcs: { startDate: '2015-06', startYear: 2015 },
    });
    expect(await seedProgrammes(dataSource)).toBe(0);
    await dataSource.query("UPDATE programmes SET start_date = '2015' WHERE id = 'fcs'");
  });

  it('seeds idempotently: a second run inserts nothing', async () => {
    expect(await seedProgrammes(service.subgraph.dataSource)).toBe(0);
    expect(await service.rowCount('programmes')).toBe(SEED_PROGRAMMES.length);
    expect(await service.rowCount('contributions')).toBe(SEED_CONTRIBUTIONS.length);
  });
});
