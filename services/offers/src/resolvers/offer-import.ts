import { isAdmin, requireIdentity } from '@passerelle/auth';
import { forbidden } from '@passerelle/subgraph-kit';
import { forgetOfferId, type OffersContext } from '../context';
import type { MutationImportOffersArgs, OfferImportResult } from '../generated/resolvers-types';
import { checkedRecords } from '../offer-imports/import-records';

/**
 * importOffers, for the imports service (which forwards its caller's token): admins only.
 * After a write, this process's open offers and the request's loaders see the offers written.
 */
export async function importOffersMutation(args: MutationImportOffersArgs, context: OffersContext): Promise<OfferImportResult[]> {
  if (!isAdmin(requireIdentity(context.viewer))) throw forbidden('Only admins may import offers');
  const records = checkedRecords(args.records);
  const { results, applied } = await context.imports.apply(records, { dryRun: args.dryRun, applyValid: args.applyValid ?? false });
  if (applied) {
    const written = [...new Set(results.flatMap((result) => (result.offerId && result.change !== 'REFUSED' ? [result.offerId] : [])))];
    for (const id of written) forgetOfferId(context, id);
    await context.openOffers?.refresh(written);
  }
  return results;
}
