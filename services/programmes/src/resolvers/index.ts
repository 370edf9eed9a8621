import { scalarResolvers } from '@passerelle/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { contributionResolvers, fundingResolvers } from './funding';
import { mutationResolvers } from './mutation';
import { organisationResolvers } from './organisation';
import { programmeResolvers } from './programme';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Decimal: scalarResolvers.Decimal,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Programme: programmeResolvers,
  Contribution: contributionResolvers,
  Organisation: organisationResolvers,
  ...fundingResolvers,
};
