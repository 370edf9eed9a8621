import type { CloudEvent } from '@passerelle/outbox';
import { OutboxEvent } from '@passerelle/outbox';
import { bearer, describeEachDatabase } from '@passerelle/testing';
import { deadlineClosings } from '../src/change-feed/deadline-closings';
import type { OfferEventData } from '../src/change-feed/offer-events';
import { Offer } from '../src/offers/offer.entity';
import { useOffersSubgraph } from './support';
import { CLOSE, CREATE, UPDATE, offerInput, writtenOf, type WrittenOffer } from './writes-support';

type OfferEvent = CloudEvent<OfferEventData>;

describeEachDatabase('offers', 'offer events in the outbox', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await bearer(['admin']);
  });

  const write = async (mutation: string, query: string, variables: Record<string, unknown>) =>
    writtenOf(await ask<Record<string, WrittenOffer | null>>(query, variables, admin), mutation);
  const create = (overrides: Record<string, unknown> = {}) => write('createOffer', CREATE, { input: offerInput(overrides) });
  /** The offer's events, in the outbox's order. */
  const eventsOf = async (offerId: string): Promise<OfferEvent[]> =>
    (
      await subgraph()
        .dataSource.getRepository(OutboxEvent)
        .find({ where: { subject: offerId }, order: { id: 'ASC' } })
    ).map((row) => JSON.parse(row.envelope) as OfferEvent);
  const scan = () => deadlineClosings(subgraph().dataSource, 1000).tick();
  /** Moves an offer's deadline into the past by hand, as time would (no write, no new version). */
  const deadlinePassed = (id: string, at: Date, stillToAnnounce: boolean) =>
    subgraph()
      .dataSource.getRepository(Offer)
      .update(id, { deadline: at, version: () => 'version', ...(stillToAnnounce ? { unannouncedDeadline: at } : {}) });

  it('writes a CloudEvent when an offer is published, with its id, type, time and version', async () => {
    const before = Date.now();
    const offer = await create({ status: 'OPEN', applyUrl: 'https://jobs.example.org/apply/1' });
    const [event, ...more] = await eventsOf(offer.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      specversion: '1.0',
      source: '/passerelle/offers',
      type: 'passerelle.offer.published',
      subject: offer.id,
      datacontenttype: 'application/json',
      entityversion: 1,
      data: {
        id: offer.id,
        status: 'OPEN',
        organisationId: 'unops',
        applyUrl: 'https://jobs.example.org/apply/1',
        deadline: '2099-03-31T21:59:59.000Z',
      },
    });
    expect(Date.parse(event!.time)).toBeGreaterThanOrEqual(before - 1000);
    expect(event!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('tells nothing of a draft, then publishing, each update and the close, in order with their versions', async () => {
    const draft = await create();
    await write('updateOffer', UPDATE, { id: draft.id, input: { title: 'Still a draft' }, expectedVersion: 1 });
    expect(await eventsOf(draft.id)).toEqual([]);
    await write('updateOffer', UPDATE, { id: draft.id, input: { status: 'OPEN' }, expectedVersion: 2 });
    await write('updateOffer', UPDATE, { id: draft.id, input: { positions: 3 }, expectedVersion: 3 });
    await write('closeOffer', CLOSE, { id: draft.id });
    // closing a closed offer changes nothing, and tells nothing
    await write('closeOffer', CLOSE, { id: draft.id });
    await write('updateOffer', UPDATE, { id: draft.id, input: { status: 'OPEN' }, expectedVersion: 5 });
    const events = await eventsOf(draft.id);
    expect(events.map((event) => [event.type, event.entityversion, event.data.status, event.data.reason])).toEqual([
      ['passerelle.offer.published', 3, 'OPEN', undefined],
      ['passerelle.offer.updated', 4, 'OPEN', undefined],
      ['passerelle.offer.closed', 5, 'CLOSED', 'explicit'],
      ['passerelle.offer.published', 6, 'OPEN', undefined],
    ]);
    expect(new Set(events.map((event) => event.id)).size).toBe(4);
  });

  it('writes no event for a refused write', async () => {
    const offer = await create({ status: 'OPEN' });
    const stale = await ask(UPDATE, { id: offer.id, input: { title: 'Too late' }, expectedVersion: 7 }, admin);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await eventsOf(offer.id)).map((event) => event.type)).toEqual(['passerelle.offer.published']);
  });

  it('announces a passed deadline once, at the deadline, and again only for a new deadline', async () => {
    const offer = await create({ status: 'OPEN', postedAt: new Date(Date.now() - 3_600_000).toISOString() });
    const passed = new Date(Date.now() - 60_000);
    await deadlinePassed(offer.id, passed, true);
    await scan();
    await scan();
    const closings = (await eventsOf(offer.id)).filter((event) => event.type === 'passerelle.offer.closed');
    expect(closings.map((event) => [event.time, event.entityversion, event.data.status, event.data.reason])).toEqual([
      [passed.toISOString(), 1, 'CLOSED', 'deadline'],
    ]);
    // an edit that keeps the deadline does not announce it again; a new deadline is announced when it passes
    await write('updateOffer', UPDATE, { id: offer.id, input: { positions: 2 }, expectedVersion: 1 });
    await scan();
    const soon = new Date(Date.now() + 1500);
    await write('updateOffer', UPDATE, { id: offer.id, input: { deadline: soon.toISOString() }, expectedVersion: 2 });
    await scan();
    expect((await eventsOf(offer.id)).map((event) => event.type)).toEqual([
      'passerelle.offer.published',
      'passerelle.offer.closed',
      'passerelle.offer.updated',
      'passerelle.offer.updated',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await scan();
    const last = (await eventsOf(offer.id)).at(-1)!;
    expect([last.type, last.entityversion, last.data.reason]).toEqual(['passerelle.offer.closed', 3, 'deadline']);
    const stored = await subgraph().dataSource.getRepository(Offer).findOneByOrFail({ id: offer.id });
    expect([stored.version, stored.unannouncedDeadline]).toEqual([3, null]);
  });

  it('does not announce the deadline of an offer closed by hand, nor of a draft', async () => {
    const closed = await create({ status: 'OPEN' });
    await write('closeOffer', CLOSE, { id: closed.id });
    const draft = await create();
    const passed = new Date(Date.now() - 1000);
    await deadlinePassed(closed.id, passed, false);
    await deadlinePassed(draft.id, passed, false);
    await scan();
    expect((await eventsOf(closed.id)).map((event) => event.type)).toEqual(['passerelle.offer.published', 'passerelle.offer.closed']);
    expect(await eventsOf(draft.id)).toEqual([]);
  });
});
