import { SignJWT } from 'jose';
import { createAuthenticator, mintToken, type Role } from '@passerelle/auth';

/** The secret test servers verify tokens with (production rules: the development secret is refused). */
export const TEST_JWT_SECRET = 'passerelle-test-secret-0123456789abcdef';

export const testAuthenticator = createAuthenticator({
  JWT_SECRET: TEST_JWT_SECRET,
  JWT_ISSUER: 'passerelle',
  JWT_AUDIENCE: 'passerelle',
  production: true,
});

/** Headers carrying a valid token for these roles (and, for editors, organisations). */
export async function bearer(roles: Role[], organisationIds: string[] = [], subject = 'tester'): Promise<Record<string, string>> {
  const token = await mintToken({ subject, roles, organisationIds, secret: TEST_JWT_SECRET });
  return { authorization: `Bearer ${token}` };
}

/** A token signed with `secret` as ours are, for these roles, but without an expiry (`exp`): one that must be refused. */
export function tokenWithoutExpiry(roles: Role[], secret = TEST_JWT_SECRET): Promise<string> {
  return new SignJWT({ roles, organisations: [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer('passerelle')
    .setAudience('passerelle')
    .setIssuedAt()
    .sign(new TextEncoder().encode(secret));
}
