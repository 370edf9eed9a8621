import { requireEditorOf, requireIdentity } from '@passerelle/auth';
import { assertUpdated, badUserInput, conflict, notFound, parseInput } from '@passerelle/subgraph-kit';
import type { OffersContext } from '../context';
import { forgetOffer } from '../context';
import { canSee } from '../offers/draft-access';
import type {
  MutationCloseOfferArgs,
  MutationCreateOfferArgs,
  MutationResolvers,
  MutationUpdateOfferArgs,
} from '../generated/resolvers-types';
import type { Offer } from '../offers/offer.entity';
import { createOfferInput, updateOfferInput } from '../offers/offer-input';
import { importOffersMutation } from './offer-import';
import { savedSearchMutations } from './saved-search';

/*
 * The offers mutations. Authorisation comes first (anonymous: UNAUTHENTICATED; not an admin
 * nor an editor of the offer's organisation: FORBIDDEN), then the input is checked
 * (BAD_USER_INPUT naming the field), then the write runs in one transaction.
 */

/** How often closeOffer reads again when the offer changes under it before giving up with CONFLICT. */
const CLOSE_ATTEMPTS = 5;

export const mutationResolvers: MutationResolvers = {
  createOffer: (_, args, context) => createOffer(args, context),
  updateOffer: (_, args, context) => updateOffer(args, context),
  closeOffer: (_, args, context) => closeOffer(args, context),
  importOffers: (_, args, context) => importOffersMutation(args, context),
  ...savedSearchMutations,
};

async function createOffer(args: MutationCreateOfferArgs, context: OffersContext): Promise<Offer> {
  // The schema has made organisationId a string already; its form is checked after.
  requireEditorOf(context.viewer, args.input.organisationId);
  const input = parseInput(createOfferInput, args.input);
  requireEditorOf(context.viewer, input.organisationId);
  return written(context, await context.writes.create(input));
}

async function updateOffer(args: MutationUpdateOfferArgs, context: OffersContext): Promise<Offer> {
  const current = await offerToWrite(context, args.id);
  if (args.expectedVersion < 1) throw badUserInput('expectedVersion', 'expectedVersion must be 1 or more');
  const input = parseInput(updateOfferInput, args.input);
  // An editor may not hand an offer to an organisation they do not edit.
  if (input.organisationId !== undefined) requireEditorOf(context.viewer, input.organisationId);
  // The caller was authorised against the offer as read: unless that is the expected version,
  // it may not be the one the conditional update would change.
  if (current.version !== args.expectedVersion) assertUpdated('stale', 'Offer', args.id, args.expectedVersion);
  return written(context, await context.writes.update(current, input, args.expectedVersion));
}

/**
 * Closes an offer now. Closing a closed offer changes nothing and answers it as it is (its
 * first closedAt stays), so a retried close is harmless. A draft was never published: there
 * is nothing to close, and it stays a draft.
 */
async function closeOffer(args: MutationCloseOfferArgs, context: OffersContext): Promise<Offer> {
  for (let attempt = 0; attempt < CLOSE_ATTEMPTS; attempt += 1) {
    const current = await offerToWrite(context, args.id);
    if (current.state === 'DRAFT') {
      throw badUserInput('id', `Offer ${JSON.stringify(args.id)} is a draft and was never published: publish it, or leave it as a draft`);
    }
    if (current.state === 'CLOSED') return current;
    const closed = await context.writes.close(current);
    if (closed) return written(context, closed);
  }
  throw conflict(`Offer ${JSON.stringify(args.id)} kept changing while it was being closed; try again`);
}

/** The stored offer, provided the viewer may write it. */
async function offerToWrite(context: OffersContext, id: string): Promise<Offer> {
  const viewer = requireIdentity(context.viewer);
  const [offer] = await context.store.findByIds([id]);
  // A draft one may not see is, to them, no offer at all: not even its existence leaks.
  if (!offer || !canSee(viewer, offer)) throw notFound('Offer', id);
  requireEditorOf(viewer, offer.organisationId);
  return offer;
}

/**
 * The written offer, with what this request had loaded of it before forgotten, and this
 * process's open offers updated before the answer leaves (read-your-writes; other processes
 * follow the change feed).
 */
async function written(context: OffersContext, offer: Offer): Promise<Offer> {
  forgetOffer(context, offer);
  await context.openOffers?.refresh([offer.id]);
  return offer;
}
