import { GraphQLError } from 'graphql';

export const ROLES = ['admin', 'editor', 'funding'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as a verified token says. Anonymous callers have no identity (null). */
export interface Identity {
  subject: string;
  roles: Role[];
  /** The organisations an editor may publish for (their offers, their drafts). */
  organisationIds: string[];
}

export const isAdmin = (identity: Identity | null): boolean => Boolean(identity?.roles.includes('admin'));

export const canEditOrganisation = (identity: Identity | null, organisationId: string): boolean =>
  isAdmin(identity) || Boolean(identity?.roles.includes('editor') && identity.organisationIds.includes(organisationId));

export const canRecordFunding = (identity: Identity | null): boolean => isAdmin(identity) || Boolean(identity?.roles.includes('funding'));

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) {
    throw new GraphQLError('Sign in to do this: send an Authorization: Bearer <token> header', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return identity;
}

const forbidden = (message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export function requireEditorOf(identity: Identity | null, organisationId: string): Identity {
  const signedIn = requireIdentity(identity);
  if (!canEditOrganisation(signedIn, organisationId)) {
    throw forbidden(`You may not edit on behalf of organisation ${JSON.stringify(organisationId)}`);
  }
  return signedIn;
}

export function requireFundingRole(identity: Identity | null): Identity {
  const signedIn = requireIdentity(identity);
  if (!canRecordFunding(signedIn)) throw forbidden('Recording funding needs the funding or admin role');
  return signedIn;
}
