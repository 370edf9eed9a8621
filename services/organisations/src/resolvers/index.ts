import type { Resolvers } from '../generated/resolvers-types';
import { mutationResolvers } from './mutation';
import { organisationResolvers } from './organisation';
import { queryResolvers } from './query';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Organisation: organisationResolvers,
};
