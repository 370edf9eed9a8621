import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isAdmin, requireEditorOf, requireIdentity } from '@passerelle/auth';
import { badUserInput, connection, forbidden, pageArgs, parseInput, type PageArgs } from '@passerelle/subgraph-kit';
import type { OrganisationsContext } from './context';
import type { Organisation } from './organisation.entity';
import { createOrganisationInput, updateOrganisationInput } from './organisation-input';
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

  Mutation: {
    createOrganisation: (_: unknown, args: { input: unknown }, context: OrganisationsContext) => {
      if (!isAdmin(requireIdentity(context.viewer))) throw forbidden('Only admins may create organisations');
      return context.writes.create(parseInput(createOrganisationInput, args.input));
    },

    updateOrganisation: (
      _: unknown,
      args: { id: string; input: unknown; expectedVersion: number },
      context: OrganisationsContext,
    ) => {
      requireEditorOf(context.viewer, args.id);
      if (args.expectedVersion < 1) throw badUserInput('expectedVersion', 'expectedVersion must be 1 or more');
      return context.writes.update(args.id, parseInput(updateOrganisationInput, args.input), args.expectedVersion);
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
