import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { scalarResolvers } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
import { contributionResolvers, fundingResolvers } from './funding';
import { mutationResolvers } from './mutation';
import { organisationResolvers } from './organisation';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers: GraphQLResolverMap<ProgrammesContext> = {
  Date: scalarResolvers.Date,
  Decimal: scalarResolvers.Decimal,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Programme: programmeResolvers,
  Contribution: contributionResolvers,
  Organisation: organisationResolvers,
  ...fundingResolvers,
};
