import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError } from 'graphql';
import { canEditOrganisation, isAdmin, requireEditorOf, requireIdentity } from '@passerelle/auth';
import { badUserInput, forbidden, nameConnection, parseInput, type PageArgs } from '@passerelle/subgraph-kit';
import type { OrganisationsContext } from '../context';
import type { OrganisationView } from '../organisations/organisation-statements';
import { createOrganisationInput, updateOrganisationInput } from '../organisations/organisation-input';
import type { OrganisationFilter } from '../organisations/organisation-reads';

export const resolvers: GraphQLResolverMap<OrganisationsContext> = {
  Query: {
    organisation: (_: unknown, { id }: { id: string }, context: OrganisationsContext) =>
      context.organisationById.load(id),

    organisations: (
      _: unknown,
      args: PageArgs & { filter?: OrganisationFilter | null },
      context: OrganisationsContext,
    ) => {
      const filter = args.filter ?? {};
      return nameConnection(args, filter.search, (rowCount, after) => context.store.page(filter, rowCount, after), () =>
        context.store.count(filter),
      );
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
  },

  Organisation: {
    __resolveReference: (reference: { id: string }, context: OrganisationsContext) =>
      context.organisationById.load(reference.id),

    parent: (organisation: OrganisationView, _: unknown, context: OrganisationsContext) =>
      organisation.parentId ? context.organisationById.load(organisation.parentId) : null,

    units: (organisation: OrganisationView, _: unknown, context: OrganisationsContext) =>
      context.unitsByParentId.load(organisation.id),
  },
};
