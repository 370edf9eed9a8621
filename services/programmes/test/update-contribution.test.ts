import { describeEachDatabase } from '@passerelle/testing';
import { READ, RECORD, UPDATE, codeOf, launchProgrammes, type ContributionValue, type ProgrammesUnderTest } from './support';

const PLEDGE = { programmeId: 'fcs', donorId: 'gov-norway', amount: '500000.00', currency: 'USD', status: 'PLEDGED', date: '2018-01' };

describeEachDatabase('programmes', 'updateContribution', (database) => {
  let service: ProgrammesUnderTest;
  type Updated = { updateContribution: ContributionValue };
  const update = (id: string, input: Record<string, unknown>, expectedVersion: number) =>
    service.askAs<Updated>(['funding'], UPDATE, { id, input, expectedVersion });
  const pledge = async (changes: Record<string, unknown> = {}) => {
    const response = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, {
      input: { ...PLEDGE, ...changes },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.recordContribution;
  };
  const stored = async (id: string) => (await service.ask<{ contribution: ContributionValue }>(READ, { id })).data!.contribution;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('starts every contribution at version 1, seeded or recorded', async () => {
    const seeded = await service.ask<{ contributions: { edges: { node: { version: number } }[] } }>(
      '{ contributions(first: 100) { edges { node { version } } } }',
    );
    expect(new Set(seeded.data!.contributions.edges.map((edge) => edge.node.version))).toEqual(new Set([1]));
    expect((await pledge()).version).toBe(1);
  });

  it('changes only the fields named, one version at a time, and funding follows', async () => {
    const { id } = await pledge({ source: 'Donor letter', excerpt: 'We pledge…' });
    const committed = await update(id, { status: 'COMMITTED', amount: '750000', currency: 'EUR' }, 1);
    expect(committed.errors).toBeUndefined();
    expect(committed.data!.updateContribution).toMatchObject({
      status: 'COMMITTED',
      amount: { amount: '750000.00', currency: 'EUR' },
      date: '2018-01',
      source: 'Donor letter',
      version: 2,
    });
    const paid = await update(id, { status: 'PAID', date: '2018-06-30', donorId: 'gov-sweden', excerpt: null }, 2);
    expect(paid.data!.updateContribution).toMatchObject({
      status: 'PAID',
      date: '2018-06-30',
      donor: { id: 'gov-sweden' },
      excerpt: null,
      source: 'Donor letter',
      version: 3,
    });
    expect(await stored(id)).toEqual(paid.data!.updateContribution);
    const funding = await service.ask<{ programme: { funding: { byDonor: { donor: { id: string }; totals: unknown[] }[] } } }>(
      '{ programme(id: "fcs") { funding { byDonor { donor { id } totals { amount currency } } } } }',
    );
    const sweden = funding.data!.programme.funding.byDonor.find((row) => row.donor.id === 'gov-sweden');
    expect(sweden?.totals).toEqual([{ amount: '750000.00', currency: 'EUR' }]);
  });

  it('clears an amount and a date no longer known, and keeps a status that does not change', async () => {
    const { id } = await pledge();
    const cleared = await update(id, { amount: null, currency: null, date: null, status: 'PLEDGED' }, 1);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateContribution).toMatchObject({ amount: null, date: null, status: 'PLEDGED', version: 2 });
    const [row] = await service.subgraph.dataSource.query<{ sortDate: string }[]>(
      'SELECT sort_date AS sortDate FROM contributions WHERE id = ?',
      [id],
    );
    expect(row!.sortDate).toBe('');
  });

  it('refuses to move a status back, and changes nothing', async () => {
    const { id } = await pledge({ status: 'PAID' });
    for (const status of ['COMMITTED', 'PLEDGED']) {
      const before = await service.snapshot();
      const response = await update(id, { status, source: 'correction' }, 1);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
      expect(await service.snapshot()).toEqual(before);
    }
  });

  it('answers CONFLICT to a stale version and NOT_FOUND to an unknown id, and changes nothing', async () => {
    const { id } = await pledge();
    expect((await update(id, { status: 'COMMITTED' }, 1)).errors).toBeUndefined();
    const before = await service.snapshot();
    const stale = await update(id, { status: 'PAID' }, 1);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const ahead = await update(id, { status: 'PAID' }, 3);
    expect(codeOf(ahead)).toBe('CONFLICT');
    expect(codeOf(await update('no-such-contribution', { status: 'PAID' }, 1))).toBe('NOT_FOUND');
    expect(await service.snapshot()).toEqual(before);
    expect(await stored(id)).toMatchObject({ status: 'COMMITTED', version: 2 });
  });

  it('lets exactly one of 100 concurrent updates from the same version win, and loses none', async () => {
    const { id } = await pledge();
    const attempts = await Promise.all(
      Array.from({ length: 100 }, (_, writer) => update(id, { amount: `${1000 + writer}.00`, currency: 'USD' }, 1)),
    );
    const winners = attempts.filter((attempt) => !attempt.errors);
    const conflicts = attempts.filter((attempt) => codeOf(attempt) === 'CONFLICT');
    const other = attempts.length - winners.length - conflicts.length;
    const figure = `${winners.length} won, ${conflicts.length} CONFLICT, ${other} other`;
    console.log(`programmes on ${database.label}: 100 concurrent updates: ${figure}`);
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(99);
    const winner = attempts.indexOf(winners[0]!);
    expect(await stored(id)).toMatchObject({ amount: { amount: `${1000 + winner}.00`, currency: 'USD' }, version: 2 });
  });
});
