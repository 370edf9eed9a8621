import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { connection, pageArgs, type PageArgs } from '@passerelle/subgraph-kit';
import type { OrganisationsContext } from './context';
import type { Organisation } from './organisation.entity';
import { BY_NAME, sortKeyOf, type OrganisationFilter } from './organisation-store';

export const resolvers: GraphQLResolverMap<OrganisationsContext> = {
  Query: {
    organisation: (_: unknown, { id }: { id: string }, context: OrganisationsContext) =>
      context.organisationById.load(id),

    organisations: async (
      _: unknown,
      args: PageArgs & { filter?: OrganisationFilter | null },
      context: OrganisationsContext,
    ) => {
      const { limit, after } = pageArgs(args, BY_NAME, 2);
      const filter = args.filter ?? {};
      const rows = await context.store.page(filter, limit, after);
      return connection(rows, limit, BY_NAME, sortKeyOf, () => context.store.count(filter));
    },
  },

  Organisation: {
    __resolveReference: (reference: { id: string }, context: OrganisationsContext) =>
      context.organisationById.load(reference.id),

    parent: (organisation: Organisation, _: unknown, context: OrganisationsContext) =>
      organisation.parentId ? context.organisationById.load(organisation.parentId) : null,

    units: (organisation: Organisation, _: unknown, context: OrganisationsContext) =>
      context.unitsByParentId.load(organisation.id),
  },
};
