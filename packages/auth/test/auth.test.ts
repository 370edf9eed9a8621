import { createAuthenticator, mintToken, requireEditorOf } from '../src';

const authenticate = createAuthenticator({ JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: false });

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('authentication', () => {
  it('treats a request without a token as anonymous', async () => {
    expect(await authenticate(undefined)).toBeNull();
  });

  it('reads the identity of a valid token', async () => {
    const token = await mintToken({ subject: 'alice', roles: ['editor'], organisationIds: ['unops'] });
    expect(await authenticate(`Bearer ${token}`)).toEqual({ subject: 'alice', roles: ['editor'], organisationIds: ['unops'] });
  });

  it('refuses garbage, expired, wrongly signed and wrong-audience tokens as UNAUTHENTICATED', async () => {
    const expired = await mintToken({ subject: 'a', roles: ['admin'], expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const forged = await mintToken({ subject: 'a', roles: ['admin'], secret: 'x'.repeat(40) });
    const otherAudience = await mintToken({ subject: 'a', roles: ['admin'], audience: 'someone-else' });
    for (const header of ['Bearer garbage', `Bearer ${expired}`, `Bearer ${forged}`, `Bearer ${otherAudience}`, 'Basic dXNlcjpwYXNz']) {
      expect(await codeOf(authenticate(header))).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token whose roles are not ours', async () => {
    const token = await mintToken({ subject: 'a', roles: ['superuser' as 'admin'] });
    expect(await codeOf(authenticate(`Bearer ${token}`))).toBe('UNAUTHENTICATED');
  });

  it('will not run in production on the development secret', () => {
    expect(() => createAuthenticator({ JWT_ISSUER: 'p', JWT_AUDIENCE: 'p', production: true })).toThrow(
      'JWT_SECRET or JWKS_URL must be set in production',
    );
  });
});

describe('authorisation', () => {
  const editor = { subject: 'e', roles: ['editor' as const], organisationIds: ['unops'] };
  it('lets an editor act for their organisations only', () => {
    expect(requireEditorOf(editor, 'unops')).toBe(editor);
    expect(() => requireEditorOf(editor, 'undp')).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(() => requireEditorOf(null, 'unops')).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});
