import { OutboxEvent, type CloudEvent } from '@passerelle/outbox';
import { describeEachDatabase, describeWithBroker, testBroker } from '@passerelle/testing';
import type { ContributionEventData } from '../src/contributions/contribution-events';
import { RECORD, UPDATE, codeOf, launchProgrammes, type ProgrammesUnderTest } from './support';

const INPUT = { programmeId: 'fcs', donorId: 'gov-norway', amount: '2500000.00', currency: 'NOK', status: 'PLEDGED', date: '2019-01' };

const eventsIn = async (service: ProgrammesUnderTest) =>
  (await service.subgraph.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } })).map((row) => ({
    event: JSON.parse(row.envelope) as CloudEvent<ContributionEventData>,
    publishedAt: row.publishedAt,
  }));

describeEachDatabase('programmes', 'contribution events in the outbox', (database) => {
  let service: ProgrammesUnderTest;
  beforeAll(async () => {
    service = await launchProgrammes(database.create());
  });
  afterAll(() => service.subgraph.stop());

  it('writes contribution.recorded and contribution.updated with the version, and nothing for a refused write', async () => {
    const recorded = await service.askAs<{ recordContribution: { id: string } }>(['funding'], RECORD, { input: INPUT });
    const { id } = recorded.data!.recordContribution;
    await service.askAs(['funding'], UPDATE, { id, input: { status: 'COMMITTED' }, expectedVersion: 1 });
    expect(codeOf(await service.askAs(['funding'], UPDATE, { id, input: { status: 'PAID' }, expectedVersion: 1 }))).toBe('CONFLICT');
    expect(codeOf(await service.askAs(['funding'], RECORD, { input: { ...INPUT, programmeId: 'nowhere' } }))).toBe('BAD_USER_INPUT');
    const events = (await eventsIn(service)).map(({ event }) => event);
    expect(events.map((event) => [event.type, event.subject, event.entityversion, event.data.status])).toEqual([
      ['passerelle.contribution.recorded', id, 1, 'PLEDGED'],
      ['passerelle.contribution.updated', id, 2, 'COMMITTED'],
    ]);
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      source: '/passerelle/programmes',
      data: { id, programmeId: 'fcs', donorId: 'gov-norway', amount: { amount: '2500000.00', currency: 'NOK' }, date: '2019-01' },
    });
  });
});

describeWithBroker('contribution events on JetStream', () => {
  describeEachDatabase('programmes', 'contribution events published', (database) => {
    const broker = testBroker();
    let service: ProgrammesUnderTest;
    beforeAll(async () => {
      service = await launchProgrammes(database.create(), { workers: true, env: { ...broker.env, OUTBOX_POLL_MS: '50' } });
    });
    afterAll(async () => {
      await service.subgraph.stop();
      await broker.cleanup();
    });

    it('relays each contribution event to its subject, once, and stamps it published', async () => {
      const recorded = await service.askAs<{ recordContribution: { id: string } }>(['funding'], RECORD, { input: INPUT });
      const { id } = recorded.data!.recordContribution;
      const deadline = Date.now() + 10_000;
      while ((await eventsIn(service)).some((row) => !row.publishedAt) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const [outbox] = await eventsIn(service);
      expect(outbox!.publishedAt).not.toBeNull();
      const stream = await broker.read();
      expect(stream).toEqual([{ subject: `${broker.env.NATS_SUBJECT_PREFIX}.contribution.recorded`, body: outbox!.event }]);
      expect(stream[0]!.body).toMatchObject({ subject: id, entityversion: 1 });
    });
  });
});
