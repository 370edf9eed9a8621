import { GraphQLError } from 'graphql';
import { canEditOrganisation, isAdmin, requireEditorOf, requireIdentity } from '@passerelle/auth';
import { badUserInput, forbidden, parseInput } from '@passerelle/subgraph-kit';
import type { MutationResolvers } from '../generated/resolvers-types';
import { MAX_IMPORT_RECORDS } from '../imports/organisation-import';
import { createOrganisationInput, updateOrganisationInput } from '../organisations/organisation-input';

/** Who may write is checked first, then the input: a refused caller learns nothing about it. */
export const mutationResolvers: MutationResolvers = {
  createOrganisation: (_, args, context) => {
    if (!isAdmin(requireIdentity(context.viewer))) {
      throw args.input.identifiers === undefined ? forbidden('Only admins may create organisations') : identifiersForbidden();
    }
    return context.writes.create(parseInput(createOrganisationInput, args.input));
  },

  updateOrganisation: (_, args, context) => {
    requireEditorOf(context.viewer, args.id);
    if (args.input.identifiers !== undefined && !isAdmin(context.viewer)) throw identifiersForbidden();
    if (args.expectedVersion < 1) throw badUserInput('expectedVersion', 'expectedVersion must be 1 or more');
    // A new parent gains a unit: the caller must be allowed to change it as well.
    const mayAdopt = (parentId: string) => {
      if (!canEditOrganisation(context.viewer, parentId)) {
        throw new GraphQLError(`You may not add units to organisation ${JSON.stringify(parentId)}: only its editors may`, {
          extensions: { code: 'FORBIDDEN', field: 'input.parentId' },
        });
      }
    };
    return context.writes.update(args.id, parseInput(updateOrganisationInput, args.input), args.expectedVersion, mayAdopt);
  },

  importOrganisations: (_, args, context) => {
    if (!isAdmin(requireIdentity(context.viewer))) throw forbidden('Only admins may import organisations');
    if (args.records.length > MAX_IMPORT_RECORDS) throw badUserInput('records', `must hold at most ${MAX_IMPORT_RECORDS} records`);
    return context.importOrganisations(args.records, { dryRun: args.dryRun, applyValid: args.applyValid });
  },
};

const identifiersForbidden = () =>
  new GraphQLError('Only admins may set an organisation’s identifiers', { extensions: { code: 'FORBIDDEN', field: 'input.identifiers' } });
