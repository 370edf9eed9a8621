import { DEVELOPMENT_SECRET, mintToken, type MintOptions } from '@passerelle/auth';
import { bearer, describeEachDatabase, TEST_JWT_SECRET } from '@passerelle/testing';
import { RECORD, UPDATE, codeOf, launchProgrammes, type ContributionValue, type ProgrammesUnderTest } from './support';

const VALID = { programmeId: 'fcs', donorId: 'gov-norway', amount: '1000.00', currency: 'USD', status: 'PLEDGED' };

/** Identity headers a gateway might be imagined to pass on; a subgraph must trust none of them. */
const FORGED = { 'x-user-id': 'admin', 'x-roles': 'funding,admin', 'x-user-roles': 'admin', 'x-forwarded-user': 'admin' };

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claims = { sub: 'mallory', roles: ['funding'], iss: 'passerelle', aud: 'passerelle' };
const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;

/** A funding token, signed with the test secret unless told otherwise, with some option changed. */
const funding = async (options: Partial<MintOptions>) => ({
  authorization: `Bearer ${await mintToken({ subject: 't', roles: ['funding'], secret: TEST_JWT_SECRET, ...options })}`,
});
const aMinuteAgo = () => Math.floor(Date.now() / 1000) - 60;

/** Callers that must not write, and the code each gets. */
const callers: [string, 'UNAUTHENTICATED' | 'FORBIDDEN', () => Promise<Record<string, string>>][] = [
  ['no token', 'UNAUTHENTICATED', async () => ({})],
  ['a garbage token', 'UNAUTHENTICATED', async () => ({ authorization: 'Bearer not-a-token' })],
  ['a password instead of a token', 'UNAUTHENTICATED', async () => ({ authorization: 'Basic YWRtaW46YWRtaW4=' })],
  ['an expired token', 'UNAUTHENTICATED', () => funding({ expiresIn: aMinuteAgo() })],
  ['a token signed with the development secret', 'UNAUTHENTICATED', () => funding({ secret: DEVELOPMENT_SECRET, roles: ['admin'] })],
  ['a token for another audience', 'UNAUTHENTICATED', () => funding({ audience: 'elsewhere' })],
  ['an unsigned token (alg none)', 'UNAUTHENTICATED', async () => ({ authorization: `Bearer ${unsigned}` })],
  ['forged identity headers alone', 'UNAUTHENTICATED', async () => FORGED],
  ['an editor', 'FORBIDDEN', () => bearer(['editor'], ['undp'])],
  ['an editor with forged identity headers', 'FORBIDDEN', async () => ({ ...FORGED, ...(await bearer(['editor'], ['undp'])) })],
  ['a signed-in user with no role', 'FORBIDDEN', () => bearer([])],
];

describeEachDatabase('programmes', 'who may write contributions', (database) => {
  let service: ProgrammesUnderTest;
  let target: ContributionValue;

  beforeAll(async () => {
    service = await launchProgrammes(database.create());
    const recorded = await service.askAs<{ recordContribution: ContributionValue }>(['funding'], RECORD, { input: VALID });
    target = recorded.data!.recordContribution;
  });
  afterAll(() => service.subgraph.stop());

  it.each(callers)('refuses %s (%s) before looking at the input, and writes nothing', async (_who, code, headersOf) => {
    const headers = await headersOf();
    const before = await service.snapshot();
    const attempts = [
      await service.askWith(headers, RECORD, { input: VALID }),
      await service.askWith(headers, RECORD, { input: { ...VALID, currency: 'XYZ', programmeId: 'nope' } }),
      await service.askWith(headers, UPDATE, { id: target.id, input: { status: 'PAID' }, expectedVersion: target.version }),
      await service.askWith(headers, UPDATE, { id: target.id, input: { status: 'PLEDGED', amount: '-1' }, expectedVersion: 99 }),
      await service.askWith(headers, UPDATE, { id: 'no-such-contribution', input: {}, expectedVersion: 0 }),
    ];
    expect(attempts.map(codeOf)).toEqual(attempts.map(() => code));
    expect(attempts.every((attempt) => !attempt.data)).toBe(true);
    expect(await service.snapshot()).toEqual(before);
  });

  it('refuses a token that fails verification even on a read', async () => {
    const read = await service.askWith({ authorization: 'Bearer not-a-token' }, '{ programme(id: "fcs") { id } }');
    expect(codeOf(read)).toBe('UNAUTHENTICATED');
  });

  it('lets the funding and admin roles write the same requests', async () => {
    const recorded = await service.askAs(['admin'], RECORD, { input: VALID });
    expect(recorded.errors).toBeUndefined();
    const updated = await service.askAs<{ updateContribution: ContributionValue }>(['funding'], UPDATE, {
      id: target.id,
      input: { status: 'PAID' },
      expectedVersion: target.version,
    });
    expect(updated.data?.updateContribution).toMatchObject({ status: 'PAID', version: target.version + 1 });
    const byAdmin = await service.askAs(['admin'], UPDATE, {
      id: target.id,
      input: { date: '2019-01' },
      expectedVersion: target.version + 1,
    });
    expect(byAdmin.errors).toBeUndefined();
  });
});
