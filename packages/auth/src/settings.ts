import { REDACTED, url, z } from '@passerelle/config';

/** Used only when NODE_ENV is not production and no secret is configured. Never in production. */
export const DEVELOPMENT_SECRET = 'passerelle-development-secret-do-not-use-in-production';

export const authSettings = {
  /** HS256 shared secret (development, tests, simple deployments). */
  JWT_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  /** A JWKS endpoint (production identity providers); wins over JWT_SECRET when both are set. */
  JWKS_URL: url(['https', 'http']).optional(),
  JWT_ISSUER: z.string().default('passerelle'),
  JWT_AUDIENCE: z.string().default('passerelle'),
};

export interface AuthSettings {
  JWT_SECRET?: string;
  JWKS_URL?: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
}

/** JWT_SECRET as the settings log line shows it: redacted when set, named when the development secret applies. */
export function loggedJwtSecret(settings: AuthSettings, production: boolean): string | null {
  if (settings.JWT_SECRET) return REDACTED;
  return settings.JWKS_URL || production ? null : 'development secret';
}
