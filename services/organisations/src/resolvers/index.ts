import { scalarResolvers } from '@passerelle/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from './mutation';
import { organisationResolvers } from './organisation';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  JSON: scalarResolvers.JSON,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Organisation: organisationResolvers,
};
