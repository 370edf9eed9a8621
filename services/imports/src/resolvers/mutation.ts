import { isAdmin, requireIdentity } from '@passerelle/auth';
import { forbidden } from '@passerelle/subgraph-kit';
import { importDocument } from '../coordinator/import-document';
import type { MutationResolvers } from '../generated/resolvers-types';

/** Who may import is checked first, then the document: a refused caller learns nothing about it. */
export const mutationResolvers: MutationResolvers = {
  importDocument: (_, args, context) => {
    if (!isAdmin(requireIdentity(context.viewer))) throw forbidden('Only admins may import documents');
    const { settings } = context;
    return importDocument(args, {
      owners: {
        organisations: { owner: 'organisations', url: settings.ORGANISATIONS_URL, timeoutMs: settings.IMPORT_OWNER_TIMEOUT_MS },
        programmes: { owner: 'programmes', url: settings.PROGRAMMES_URL, timeoutMs: settings.IMPORT_OWNER_TIMEOUT_MS },
        offers: { owner: 'offers', url: settings.OFFERS_URL, timeoutMs: settings.IMPORT_OWNER_TIMEOUT_MS },
      },
      caller: { authorization: context.authorization, requestId: context.requestId },
      maxBytes: settings.IMPORT_MAX_BYTES,
      now: new Date(),
    });
  },
};
