import { canEditOrganisation, isAdmin, type Identity } from '@passerelle/auth';

/**
 * Whose drafts a viewer may see: every organisation's (admins), the organisations they
 * edit (editors), or nobody's. Plain data, so it can take part in DataLoader keys.
 */
export type DraftAccess = 'all' | string[];

export function draftAccessOf(viewer: Identity | null): DraftAccess {
  if (isAdmin(viewer)) return 'all';
  return viewer?.roles.includes('editor') ? [...viewer.organisationIds].sort() : [];
}

/** Whether `viewer` may see an offer in this stored state: published and closed offers are public. */
export function canSee(viewer: Identity | null, offer: { state: string; organisationId: string }): boolean {
  return offer.state !== 'DRAFT' || canEditOrganisation(viewer, offer.organisationId);
}

/** The SQL condition, over `offers o`, for the drafts `access` lets one see. */
export function visibleDraftsCondition(access: DraftAccess): [string, Record<string, unknown>] {
  if (access === 'all') return ['1 = 1', {}];
  if (!access.length) return ['1 = 0', {}];
  return ['o.organisation_id IN (:...draftOrganisationIds)', { draftOrganisationIds: access }];
}
