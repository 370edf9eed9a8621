import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from '@passerelle/config';
import { DEVELOPMENT_SECRET, type AuthSettings } from './settings';
import { ROLES, type Identity } from './identity';

/** Turns an Authorization header into an identity: null when absent, an error when not valid. */
export type Authenticator = (authorization: string | undefined) => Promise<Identity | null>;

const claims = z.object({
  sub: z.string().min(1),
  roles: z.array(z.enum(ROLES)).default([]),
  organisations: z.array(z.string()).default([]),
});

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * Every process verifies tokens itself: a subgraph called directly trusts no header
 * but a valid signature, so an identity cannot be forged by skipping the gateway.
 */
export function createAuthenticator(settings: AuthSettings & { production: boolean }): Authenticator {
  const key = signingKey(settings);
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as JWTVerifyGetKey, {
        issuer: settings.JWT_ISSUER,
        audience: settings.JWT_AUDIENCE,
        algorithms: settings.JWKS_URL ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'],
        // A token without an expiry would be valid forever once leaked: refused like an invalid one.
        requiredClaims: ['exp'],
      }));
    } catch {
      throw unauthenticated('The bearer token is invalid or has expired');
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw unauthenticated('The bearer token does not carry a valid identity');
    return { subject: parsed.data.sub, roles: parsed.data.roles, organisationIds: parsed.data.organisations };
  };
}

function signingKey(settings: AuthSettings & { production: boolean }) {
  if (settings.JWKS_URL) return createRemoteJWKSet(new URL(settings.JWKS_URL));
  if (settings.JWT_SECRET) return new TextEncoder().encode(settings.JWT_SECRET);
  if (settings.production) {
    throw new Error('JWT_SECRET or JWKS_URL must be set in production');
  }
  return new TextEncoder().encode(DEVELOPMENT_SECRET);
}
