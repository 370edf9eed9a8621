import { badUserInput, nameConnection } from '@passerelle/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types';
import { identifierKey, identifierProblem, normalIdentifier } from '../organisations/organisation-identifiers';

export const queryResolvers: QueryResolvers = {
  organisation: (_, { id }, context) => context.organisationById.load(id),

  organisations: (_, args, context) => {
    const filter = args.filter ?? {};
    return nameConnection(
      args,
      filter.search,
      (rowCount, after) => context.store.page(filter, rowCount, after),
      () => context.store.count(filter),
    );
  },

  organisationByIdentifier: async (_, { scheme, value }, context) => {
    const trimmed = value.trim();
    const problem = identifierProblem(scheme, trimmed);
    if (problem) throw badUserInput('value', `value ${problem}`);
    const holderId = await context.organisationIdByIdentifier.load(identifierKey(normalIdentifier({ scheme, value: trimmed })));
    return holderId ? context.organisationById.load(holderId) : null;
  },
};
