import { SignJWT } from 'jose';
import { DEVELOPMENT_SECRET } from './settings';
import type { Role } from './identity';

export interface MintOptions {
  subject: string;
  roles: Role[];
  organisationIds?: string[];
  secret?: string;
  issuer?: string;
  audience?: string;
  /** e.g. "1h", "30d"; or a past instant in seconds since the epoch, for tests of expiry. */
  expiresIn?: string | number;
}

/** Signs an HS256 token the way the development setup verifies it. */
export function mintToken(options: MintOptions): Promise<string> {
  return new SignJWT({ roles: options.roles, organisations: options.organisationIds ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject)
    .setIssuer(options.issuer ?? 'passerelle')
    .setAudience(options.audience ?? 'passerelle')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(options.secret ?? DEVELOPMENT_SECRET));
}
