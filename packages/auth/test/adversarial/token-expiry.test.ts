import { SignJWT } from 'jose';
import { createAuthenticator, mintToken } from '../../src';

/*
 * Issue 21, point 12: a token without `exp` would be valid forever once leaked, so it is
 * refused like an invalid token; every token we mint carries one.
 */

const SECRET = 'adversarial-test-secret-0123456789abcdef';
const authenticate = createAuthenticator({ JWT_SECRET: SECRET, JWT_ISSUER: 'passerelle', JWT_AUDIENCE: 'passerelle', production: true });

const signed = (claims: { exp?: number }) => {
  const token = new SignJWT({ roles: ['admin'], organisations: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer('passerelle')
    .setAudience('passerelle')
    .setIssuedAt();
  if (claims.exp !== undefined) token.setExpirationTime(claims.exp);
  return token.sign(new TextEncoder().encode(SECRET));
};

async function outcomeOf(token: string): Promise<unknown> {
  try {
    return await authenticate(`Bearer ${token}`);
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
}

describe('tokens and their expiry', () => {
  it('refuses a correctly signed token without exp as UNAUTHENTICATED', async () => {
    expect(await outcomeOf(await signed({}))).toEqual({ code: 'UNAUTHENTICATED', message: 'The bearer token is invalid or has expired' });
  });

  it('accepts the same token with an exp in the future', async () => {
    expect(await outcomeOf(await signed({ exp: Math.floor(Date.now() / 1000) + 600 }))).toEqual({
      subject: 'mallory',
      roles: ['admin'],
      organisationIds: [],
    });
  });

  it('mints tokens that carry an exp (12 hours by default), so the test helpers and the CLI stay accepted', async () => {
    const token = await mintToken({ subject: 'alice', roles: ['editor'], organisationIds: ['unops'], secret: SECRET });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp?: number; iat: number };
    expect(payload.exp! - payload.iat).toBe(12 * 3600);
    expect(await outcomeOf(token)).toMatchObject({ subject: 'alice' });
  });
});
