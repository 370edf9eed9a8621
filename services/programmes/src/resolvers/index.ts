import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { requireFundingRole } from '@passerelle/auth';
import { scalarResolvers } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
import { recordContribution, type RecordContributionInput } from '../record-contribution';
import { contributionResolvers, fundingResolvers } from './funding';
import { organisationResolvers } from './organisation';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers: GraphQLResolverMap<ProgrammesContext> = {
  Date: scalarResolvers.Date,
  Decimal: scalarResolvers.Decimal,
  Query: queryResolvers,
  Mutation: {
    recordContribution: (_: unknown, { input }: { input: RecordContributionInput }, context: ProgrammesContext) => {
      requireFundingRole(context.viewer);
      return recordContribution(context.dataSource, input);
    },
  },
  Programme: programmeResolvers,
  Contribution: contributionResolvers,
  Organisation: organisationResolvers,
  ...fundingResolvers,
};
