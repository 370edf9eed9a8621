import { nameConnection } from '@passerelle/subgraph-kit';
import type { QueryResolvers } from '../generated/resolvers-types';

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
};
