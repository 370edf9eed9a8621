import { bearer, describeEachDatabase } from '@passerelle/testing';
import { useOffersSubgraph } from './support';
import { CLOSE, CREATE, UPDATE, offerInput, snapshot, writtenOf, type WrittenOffer } from './writes-support';

type Target = 'draft' | 'published' | 'missing';

/** One malformed write: which mutation, on which offer, and the error it must get. */
type Case =
  | { mutation: 'createOffer'; what: string; input: Record<string, unknown>; code?: string; field: string }
  | { mutation: 'updateOffer'; what: string; on: Target; input: Record<string, unknown>; version?: number; code?: string; field?: string }
  | { mutation: 'closeOffer'; what: string; on: Target; code?: string; field?: string };

const create = (what: string, field: string, overrides: Record<string, unknown>): Case => ({
  mutation: 'createOffer',
  what,
  field,
  input: offerInput(overrides),
});
const update = (what: string, field: string, input: Record<string, unknown>, on: Target = 'draft'): Case => ({
  mutation: 'updateOffer',
  what,
  field,
  input,
  on,
});
const station = (city: string, countryCode: string) => ({ city, countryCode });

const CASES: Case[] = [
  create('an empty title', 'input.title', { title: '   ' }),
  create('a title over 300 characters', 'input.title', { title: 'x'.repeat(301) }),
  create('an empty organisation id', 'input.organisationId', { organisationId: '' }),
  create('an organisation id with spaces inside', 'input.organisationId', { organisationId: 'un ops' }),
  create('an empty organisation name', 'input.organisationName', { organisationName: '' }),
  create('no positions', 'input.positions', { positions: 0 }),
  create('negative positions', 'input.positions', { positions: -3 }),
  create('a lower-case country on the second duty station', 'input.dutyStations.1.countryCode', {
    dutyStations: [station('Goma', 'CD'), station('Bunia', 'cd')],
  }),
  create('an unknown country', 'input.dutyStations.0.countryCode', { dutyStations: [station('Atlantis', 'ZZ')] }),
  create('a duty station with no city', 'input.dutyStations.0.city', { dutyStations: [station(' ', 'CD')] }),
  create('the same duty station twice', 'input.dutyStations.1', {
    dutyStations: [station('Port-au-Prince', 'HT'), station('port au prince', 'HT')],
  }),
  create('a three-letter country', 'input.countryCodes.0', { countryCodes: ['COD'] }),
  create('an upper-case language code', 'input.languages.0.code', { languages: [{ code: 'FR', required: true }] }),
  create('an unknown language code', 'input.languages.0.code', { languages: [{ code: 'qq', required: true }] }),
  create('a language twice', 'input.languages.1.code', {
    languages: [
      { code: 'fr', required: true },
      { code: 'fr', required: false },
    ],
  }),
  create('a theme that is not a slug', 'input.themes.0', { themes: ['Child Protection'] }),
  create('a theme twice', 'input.themes.1', { themes: ['gender', 'gender'] }),
  create('an empty programme id', 'input.programmeIds.0', { programmeIds: [''] }),
  create('a programme twice', 'input.programmeIds.1', { programmeIds: ['issss', 'issss'] }),
  create('21 programmes', 'input.programmeIds', { programmeIds: Array.from({ length: 21 }, (_, index) => `programme-${index}`) }),
  create('a deadline with no zone', 'input.deadlineTimeZone', { deadlineTimeZone: null }),
  create('a zone that is not IANA', 'input.deadlineTimeZone', { deadlineTimeZone: 'Mars/Olympus_Mons' }),
  create('a UTC offset for a zone', 'input.deadlineTimeZone', { deadlineTimeZone: '+01:00' }),
  create('a zone with no deadline', 'input.deadlineTimeZone', { deadline: null }),
  create('closing words with no deadline', 'input.deadlineStated', { deadline: null, deadlineTimeZone: null, deadlineStated: 'bientôt' }),
  create('a deadline before the posting', 'input.deadline', { postedAt: '2099-04-01T00:00:00Z' }),
  create('publishing with a passed deadline', 'input.deadline', { status: 'OPEN', deadline: '2020-01-01T00:00:00Z' }),
  create('a deadline in 2200', 'input.deadline', { deadline: '2200-01-01T00:00:00Z' }),
  create('the CLOSED status', 'input.status', { status: 'CLOSED' }),
  create('a javascript: apply URL', 'input.applyUrl', { applyUrl: 'javascript:alert(1)' }),
  create('an ftp source URL', 'input.sourceUrl', { sourceUrl: 'ftp://example.org/offer' }),
  create('no description section', 'input.descriptionSections', { descriptionSections: [] }),
  create('an empty section body', 'input.descriptionSections.0.body', { descriptionSections: [{ heading: 'Profil', body: '' }] }),
  create('a duration of zero months', 'input.durationMonths', { durationMonths: 0 }),
  create('negative experience', 'input.minExperienceYears', { minExperienceYears: -1 }),
  create('a language name for a source language', 'input.sourceLanguage', { sourceLanguage: 'french' }),
  update('nothing to change', 'input', {}),
  update('a title cleared', 'input.title', { title: null }),
  update('positions cleared', 'input.positions', { positions: null }),
  update('the description cleared', 'input.descriptionSections', { descriptionSections: null }),
  update('a lower-case country', 'input.dutyStations.1.countryCode', { dutyStations: [station('Goma', 'CD'), station('Bunia', 'cd')] }),
  update('a language twice', 'input.languages.1.code', {
    languages: [
      { code: 'en', required: true },
      { code: 'en', required: true },
    ],
  }),
  update('the deadline cleared but a zone given', 'input.deadlineTimeZone', { deadline: null, deadlineTimeZone: 'Africa/Kinshasa' }),
  update('an empty organisation id', 'input.organisationId', { organisationId: ' ' }),
  update('a published offer back to draft', 'input.status', { status: 'DRAFT' }, 'published'),
  update('reopening with a passed deadline', 'input.deadline', { status: 'OPEN', deadline: '2021-06-30T22:00:00Z' }, 'published'),
  { mutation: 'updateOffer', what: 'a version below 1', on: 'draft', input: { positions: 2 }, version: 0, field: 'expectedVersion' },
  {
    mutation: 'updateOffer',
    what: 'a stale version',
    on: 'draft',
    input: { positions: 2 },
    version: 99,
    code: 'CONFLICT',
    field: 'expectedVersion',
  },
  { mutation: 'updateOffer', what: 'an unknown offer', on: 'missing', input: { positions: 2 }, code: 'NOT_FOUND' },
  { mutation: 'closeOffer', what: 'a draft', on: 'draft', field: 'id' },
  { mutation: 'closeOffer', what: 'an unknown offer', on: 'missing', code: 'NOT_FOUND' },
];

/** Malformed values GraphQL itself refuses, from variables: the message names the path. */
const SCHEMA_CASES: [string, Record<string, unknown>, RegExp][] = [
  ['an unknown contract type', { contractType: 'FREELANCE' }, /at "input\.contractType"/],
  ['a deadline that is not an instant', { deadline: '31/03/2099' }, /at "input\.deadline"/],
  ['positions as text', { positions: 'three' }, /at "input\.positions"/],
  ['a duty station with no country', { dutyStations: [{ city: 'Goma' }] }, /at "input\.dutyStations\[0\]"/],
];

describeEachDatabase('offers', 'offer writes refuse malformed input', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  let admin: Record<string, string>;
  const targets: Record<Target, string> = { draft: '', published: '', missing: 'no-such-offer' };
  let refused = 0;

  beforeAll(async () => {
    admin = await bearer(['admin']);
    for (const [target, status] of [
      ['draft', 'DRAFT'],
      ['published', 'OPEN'],
    ] as const) {
      const response = await ask<Record<string, WrittenOffer>>(CREATE, { input: offerInput({ status }) }, admin);
      targets[target] = writtenOf(response, 'createOffer').id;
    }
  });
  afterAll(() => {
    const total = CASES.length + SCHEMA_CASES.length;
    console.log(
      `offers on ${database.label}: ${refused} of ${total} malformed writes refused with the field named, every offers table unchanged`,
    );
  });

  const write = (query: string, variables: Record<string, unknown>) => ask<Record<string, WrittenOffer | null>>(query, variables, admin);
  const send = async (attempt: Case) => {
    if (attempt.mutation === 'createOffer') return write(CREATE, { input: attempt.input });
    const id = targets[attempt.on];
    if (attempt.mutation === 'closeOffer') return write(CLOSE, { id });
    const current = await ask<{ offer: { version: number } | null }>(`{ offer(id: "${id}") { version } }`, {}, admin);
    const expectedVersion = attempt.version ?? current.data?.offer?.version ?? 1;
    return write(UPDATE, { id, input: attempt.input, expectedVersion });
  };

  it('has a table of at least 35 malformed writes', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(35);
  });

  it.each(CASES.map((attempt) => [attempt.mutation, attempt.what, attempt] as const))(
    '%s with %s is refused, naming the field, and saves nothing',
    async (_mutation, _what, attempt) => {
      const before = await snapshot(subgraph().dataSource);
      const response = await send(attempt);
      const extensions = response.errors?.[0]?.extensions;
      expect(response.data?.[attempt.mutation] ?? null).toBeNull();
      expect(extensions).toMatchObject({ code: attempt.code ?? 'BAD_USER_INPUT', ...(attempt.field ? { field: attempt.field } : {}) });
      expect(await snapshot(subgraph().dataSource)).toEqual(before);
      refused += 1;
    },
  );

  it.each(SCHEMA_CASES)('refuses %s before any resolver runs, naming the path', async (_what, overrides, path) => {
    const before = await snapshot(subgraph().dataSource);
    const response = await ask(CREATE, { input: offerInput(overrides) }, admin);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(path);
    expect(await snapshot(subgraph().dataSource)).toEqual(before);
    refused += 1;
  });
});
