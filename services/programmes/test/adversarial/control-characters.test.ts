import { describeEachDatabase, tableSnapshot } from '@passerelle/testing';
import { RECORD, launchProgrammes, type ProgrammesUnderTest } from '../support';

/* Control characters in a contribution's texts are refused at write time, naming the field; nothing is saved. */

const VALID = { programmeId: 'fcs', donorId: 'gov-sweden', amount: '100.00', currency: 'USD', status: 'COMMITTED', date: '2018-03-15' };
const TABLES = ['contributions', 'outbox_events'];

describeEachDatabase('programmes', 'contributions with control characters', (database) => {
  let service: ProgrammesUnderTest;
  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it.each([
    [{ source: 'Rapport annuel\u0000 2018' }, 'input.source'],
    [{ source: 'Rapport\nannuel' }, 'input.source'],
    [{ excerpt: 'Contribution\u001b[2J confirmée' }, 'input.excerpt'],
    [{ amount: '100\u0000' }, 'input.amount'],
    [{ donorId: 'gov-sweden\u0007' }, 'input.donorId'],
  ])('refuses %j, naming %s, and saves nothing', async (overrides, field) => {
    const before = await tableSnapshot(service.subgraph.dataSource, TABLES);
    const response = await service.askAs(['funding'], RECORD, { input: { ...VALID, ...overrides } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableSnapshot(service.subgraph.dataSource, TABLES)).toEqual(before);
  });

  it('keeps line breaks and tabs in an excerpt', async () => {
    const response = await service.askAs(['funding'], RECORD, { input: { ...VALID, excerpt: 'Ligne une.\n\tLigne deux.' } });
    expect(response.errors).toBeUndefined();
  });
});
