import type { CloudEvent } from '@passerelle/outbox';
import { OutboxEvent } from '@passerelle/outbox';
import { bearer, describeEachDatabase } from '@passerelle/testing';
import type { OfferEventData } from '../src/change-feed/offer-events';
import { OLDER_VERSION } from '../src/offer-imports/offer-import';
import { endOfDay } from '../src/offers/deadline';
import { SEED_OFFERS } from '../src/seed/seed-data';
import { readDescriptionSections } from '../src/seed/seed-texts';
import { useOffersSubgraph } from './support';
import { CREATE, codeOf, offerInput, snapshot, writtenOf, type WrittenOffer } from './writes-support';

const IMPORT = /* GraphQL */ `
  mutation Import($records: [OfferImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean! = false) {
    importOffers(records: $records, dryRun: $dryRun, applyValid: $applyValid) {
      key
      change
      offerId
      reason
      field
    }
  }
`;

const IMPORTED = /* GraphQL */ `
  query Imported($id: ID!) {
    offer(id: $id) {
      id
      title
      status
      version
      themes
      dutyStations {
        city
      }
      sourceRecord {
        system
        id
        version
        url
      }
    }
  }
`;

interface ImportResult {
  key: string;
  change: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';
  offerId: string | null;
  reason: string | null;
  field: string | null;
}

interface ImportedOffer {
  id: string;
  title: string;
  status: string;
  version: number;
  themes: string[];
  dutyStations: { city: string }[];
  sourceRecord: { system: string; id: string; version: string | null; url: string | null } | null;
}

type Source = { system: string; id: string; version?: string | null; url?: string | null };

/** A record of a ReliefWeb job (unless `source` says otherwise), its offer a draft for UNOPS unless `offer` says otherwise. */
function record(key: string, source: Partial<Source>, offer: Record<string, unknown> = {}) {
  return { key, source: { system: 'RELIEFWEB', id: key, ...source }, offer: offerInput({ title: `Poste ${key}`, ...offer }) };
}

describeEachDatabase('offers', 'importing offers from other systems’ records', (database) => {
  const { ask, ids, subgraph } = useOffersSubgraph(database);
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await bearer(['admin']);
  });

  const importAs = async (headers: Record<string, string>, records: unknown[], options: { dryRun?: boolean; applyValid?: boolean } = {}) =>
    ask<{ importOffers: ImportResult[] }>(
      IMPORT,
      { records, dryRun: options.dryRun ?? false, applyValid: options.applyValid ?? false },
      headers,
    );
  const importRecords = async (records: unknown[], options: { dryRun?: boolean; applyValid?: boolean } = {}) => {
    const response = await importAs(admin, records, options);
    expect(response.errors).toBeUndefined();
    return response.data!.importOffers;
  };
  const offer = async (id: string) => {
    const response = await ask<{ offer: ImportedOffer | null }>(IMPORTED, { id }, admin);
    expect(response.errors).toBeUndefined();
    return response.data!.offer!;
  };
  const eventsOf = async (offerId: string) =>
    (
      await subgraph()
        .dataSource.getRepository(OutboxEvent)
        .find({ where: { subject: offerId }, order: { id: 'ASC' } })
    ).map((row) => JSON.parse(row.envelope) as CloudEvent<OfferEventData>);
  const eventTypes = async (offerId: string) => (await eventsOf(offerId)).map((event) => [event.type, event.entityversion]);
  const tables = () => snapshot(subgraph().dataSource);

  it('creates a published offer with its event and source, and the same record again changes nothing', async () => {
    const job = record(
      'rw-4001',
      { version: '2026-11-01T10:00:00Z', url: 'https://reliefweb.int/job/4001' },
      { status: 'OPEN', title: 'Chargé de suivi hydrogéologique' },
    );
    const [created] = await importRecords([job]);
    expect(created).toMatchObject({ key: 'rw-4001', change: 'CREATED', reason: null, field: null });
    const id = created!.offerId!;
    expect(await offer(id)).toMatchObject({
      status: 'OPEN',
      version: 1,
      sourceRecord: { system: 'RELIEFWEB', id: 'rw-4001', version: '2026-11-01T10:00:00Z', url: 'https://reliefweb.int/job/4001' },
    });
    expect(await eventTypes(id)).toEqual([['passerelle.offer.published', 1]]);
    // listed at once, by the open offers in memory and by the archive's statements alike
    expect(await ids({ status: 'OPEN', search: 'hydrogéologique' })).toEqual([id]);
    expect(await ids({ search: 'hydrogéologique' })).toEqual([id]);

    const before = await tables();
    expect(await importRecords([job])).toEqual([{ key: 'rw-4001', change: 'UNCHANGED', offerId: id, reason: null, field: null }]);
    expect(await tables()).toEqual(before);
  });

  it('updates an offer from a newer version (version +1, an event), ignores an older one, and stores a newer version that changes nothing', async () => {
    const v1 = record('rw-4002', { version: '2026-11-01T10:00:00Z' }, { status: 'OPEN', themes: ['wash'] });
    const [{ offerId }] = (await importRecords([v1])) as [ImportResult];
    const id = offerId!;

    const v2 = record(
      'rw-4002',
      { version: '2026-11-02T10:00:00+01:00' },
      {
        status: 'OPEN',
        title: 'Poste rw-4002 (prolongé)',
        themes: ['wash', 'health'],
        dutyStations: [{ city: 'Bunia', countryCode: 'CD' }],
      },
    );
    expect(await importRecords([v2])).toEqual([{ key: 'rw-4002', change: 'UPDATED', offerId: id, reason: null, field: null }]);
    expect(await offer(id)).toMatchObject({
      title: 'Poste rw-4002 (prolongé)',
      version: 2,
      themes: ['wash', 'health'],
      dutyStations: [{ city: 'Bunia' }],
      sourceRecord: { version: '2026-11-02T10:00:00+01:00' },
    });
    expect(await eventTypes(id)).toEqual([
      ['passerelle.offer.published', 1],
      ['passerelle.offer.updated', 2],
    ]);

    const before = await tables();
    const older = record('rw-4002', { version: '2026-10-30T00:00:00Z' }, { status: 'OPEN', title: 'Ancien titre' });
    expect(await importRecords([older])).toEqual([
      { key: 'rw-4002', change: 'UNCHANGED', offerId: id, reason: OLDER_VERSION, field: null },
    ]);
    expect(await tables()).toEqual(before);

    const sameFieldsNewer = { ...v2, source: { ...v2.source, version: '2026-11-03T00:00:00Z' } };
    expect(await importRecords([sameFieldsNewer])).toEqual([
      { key: 'rw-4002', change: 'UNCHANGED', offerId: id, reason: null, field: null },
    ]);
    expect(await offer(id)).toMatchObject({ version: 2, sourceRecord: { version: '2026-11-03T00:00:00Z' } });
    expect(await eventTypes(id)).toHaveLength(2);
  });

  it('never takes a published offer back to draft: a DRAFT record updates its fields and it stays open', async () => {
    const [{ offerId }] = (await importRecords([
      record('web-1', { system: 'WEB', id: 'https://jobs.example.org/1', version: 'a1' }, { status: 'OPEN' }),
    ])) as [ImportResult];
    const draft = record('web-1', { system: 'WEB', id: 'https://jobs.example.org/1', version: 'b2' }, { positions: 3 });
    expect(await importRecords([draft])).toMatchObject([{ change: 'UPDATED', offerId }]);
    expect(await offer(offerId!)).toMatchObject({ status: 'OPEN', version: 2 });
    // and an OPEN record publishes a draft it matches
    const [{ offerId: draftId }] = (await importRecords([
      record('text-1', { system: 'TEXT', id: 'sha-text-1', version: 'sha-text-1' }),
    ])) as [ImportResult];
    expect(await offer(draftId!)).toMatchObject({ status: 'DRAFT' });
    expect(
      await importRecords([record('text-1', { system: 'TEXT', id: 'sha-text-1', version: 'sha-text-1b' }, { status: 'OPEN' })]),
    ).toMatchObject([{ change: 'UPDATED', offerId: draftId }]);
    expect(await offer(draftId!)).toMatchObject({ status: 'OPEN' });
    expect(await eventTypes(draftId!)).toEqual([['passerelle.offer.published', 2]]);
  });

  it('finds an offer by organisation, title and deadline, records the source on it, and another system’s record of it too', async () => {
    const input = offerInput({
      title: 'Spécialiste en déminage humanitaire',
      status: 'OPEN',
      organisationId: 'unicef',
      organisationName: 'UNICEF',
    });
    const written: WrittenOffer = writtenOf(await ask<Record<string, WrittenOffer | null>>(CREATE, { input }, admin), 'createOffer');
    const fromPage = {
      key: 'page',
      source: { system: 'WEB', id: 'https://unicef.example.org/jobs/77', version: '2026-11-05T00:00:00Z' },
      offer: input,
    };
    expect(await importRecords([fromPage])).toEqual([{ key: 'page', change: 'UNCHANGED', offerId: written.id, reason: null, field: null }]);
    expect((await offer(written.id)).sourceRecord).toEqual({
      system: 'WEB',
      id: 'https://unicef.example.org/jobs/77',
      version: '2026-11-05T00:00:00Z',
      url: null,
    });

    const fromReliefWeb = {
      key: 'rw',
      source: { system: 'RELIEFWEB', id: '3999001', version: '2026-11-06T00:00:00Z' },
      offer: { ...input, positions: 2 },
    };
    expect(await importRecords([fromReliefWeb])).toMatchObject([{ change: 'UPDATED', offerId: written.id }]);
    expect(await offer(written.id)).toMatchObject({ version: 2, sourceRecord: { system: 'RELIEFWEB', id: '3999001' } });
    // both records now find it by their source
    expect(await importRecords([fromPage, fromReliefWeb])).toMatchObject([
      { change: 'UNCHANGED', offerId: written.id },
      { change: 'UNCHANGED', offerId: written.id },
    ]);
    // another ReliefWeb job of the same title and deadline is, by ReliefWeb's account, another posting
    const [twin] = await importRecords([{ ...fromReliefWeb, key: 'rw-twin', source: { system: 'RELIEFWEB', id: '3999002' } }]);
    expect(twin).toMatchObject({ change: 'CREATED' });
    expect(twin!.offerId).not.toBe(written.id);
    // the title is compared exactly, on both databases
    const [shouted] = await importRecords([
      { key: 'loud', source: { system: 'TEXT', id: 'sha-loud' }, offer: { ...input, title: String(input.title).toUpperCase() } },
    ]);
    expect(shouted).toMatchObject({ change: 'CREATED' });
  });

  it('finds each seed offer as stated by its posting, and changes nothing in it', async () => {
    const records = SEED_OFFERS.map(({ id, deadline, ...fields }) => ({
      key: id,
      source: { system: 'WEB', id: `https://seed.example.org/${id}` },
      offer: {
        ...fields,
        descriptionSections: readDescriptionSections(id),
        deadline: deadline ? endOfDay(deadline.date, deadline.timeZone).toISOString() : null,
        deadlineTimeZone: deadline?.timeZone ?? null,
        deadlineStated: deadline?.stated ?? null,
        status: 'OPEN',
      },
    }));
    const before = await eventTypes(SEED_OFFERS[0]!.id);
    expect(await importRecords(records)).toEqual(
      SEED_OFFERS.map(({ id }) => ({ key: id, change: 'UNCHANGED', offerId: id, reason: null, field: null })),
    );
    expect(await eventTypes(SEED_OFFERS[0]!.id)).toEqual(before);
  });

  it('writes nothing when a record is refused, unless asked to apply the valid ones; each refusal names its field', async () => {
    const records = [
      record('good-1', {}, { status: 'OPEN', title: 'Logisticien santé bon-un' }),
      record('bad-country', {}, { dutyStations: [{ city: 'Nowhere', countryCode: 'XX' }] }),
      record('bad-deadline', {}, { status: 'OPEN', deadline: '2020-01-01T00:00:00Z' }),
      record('bad-url', { url: 'ftp://example.org/job' }),
      record('good-2', {}, { title: 'Logisticien santé bon-deux' }),
    ];
    const before = await tables();
    const refused = await importRecords(records);
    expect(refused.map((result) => [result.key, result.change, result.offerId, result.field])).toEqual([
      ['good-1', 'CREATED', null, null],
      ['bad-country', 'REFUSED', null, 'records.1.offer.dutyStations.0.countryCode'],
      ['bad-deadline', 'REFUSED', null, 'records.2.offer.deadline'],
      ['bad-url', 'REFUSED', null, 'records.3.source.url'],
      ['good-2', 'CREATED', null, null],
    ]);
    expect(refused[2]!.reason).toMatch(/^records\.2\.offer\.deadline has passed/);
    expect(await tables()).toEqual(before);

    const applied = await importRecords(records, { applyValid: true });
    expect(applied.map((result) => [result.key, result.change])).toEqual([
      ['good-1', 'CREATED'],
      ['bad-country', 'REFUSED'],
      ['bad-deadline', 'REFUSED'],
      ['bad-url', 'REFUSED'],
      ['good-2', 'CREATED'],
    ]);
    expect((await offer(applied[0]!.offerId!)).title).toBe('Logisticien santé bon-un');
    expect((await offer(applied[4]!.offerId!)).status).toBe('DRAFT');
    expect(await ids({ search: 'logisticien' }, undefined, admin)).toEqual([applied[0]!.offerId]);
  });

  it('a dry run answers what an import would do and leaves every table as it was', async () => {
    const [{ offerId: existing }] = (await importRecords([record('dry-1', { version: 'v1' }, { status: 'OPEN' })])) as [ImportResult];
    const before = await tables();
    const results = await importRecords(
      [record('dry-1', { version: 'v2' }, { status: 'OPEN', positions: 4 }), record('dry-2', {}, { status: 'OPEN' })],
      {
        dryRun: true,
      },
    );
    expect(results).toEqual([
      { key: 'dry-1', change: 'UPDATED', offerId: existing, reason: null, field: null },
      { key: 'dry-2', change: 'CREATED', offerId: null, reason: null, field: null },
    ]);
    expect(await tables()).toEqual(before);
    expect(await offer(existing!)).toMatchObject({ version: 1, sourceRecord: { version: 'v1' } });
  });

  it('refuses anonymous callers and editors, and writes nothing', async () => {
    const before = await tables();
    const records = [record('refused-caller', {}, { status: 'OPEN' })];
    expect(codeOf(await importAs({}, records))).toBe('UNAUTHENTICATED');
    expect(codeOf(await importAs(await bearer(['editor'], ['unops']), records))).toBe('FORBIDDEN');
    expect(codeOf(await importAs(await bearer(['funding']), records))).toBe('FORBIDDEN');
    expect(await tables()).toEqual(before);
  });

  it('shows no source for an offer written here, and asking for one keeps the offer’s cache hint', async () => {
    const written = writtenOf(await ask<Record<string, WrittenOffer | null>>(CREATE, { input: offerInput() }, admin), 'createOffer');
    expect((await offer(written.id)).sourceRecord).toBeNull();
    const response = await fetch(subgraph().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ offer(id: "unops-haiti-community-mobilisation-2017") { title sourceRecord { system id version url } } }',
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  });
});
