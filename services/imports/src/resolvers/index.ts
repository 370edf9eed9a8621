import type { Resolvers } from '../generated/resolvers-types';
import { importedRecordResolvers } from './imported-record';
import { mutationResolvers } from './mutation';

export const resolvers: Resolvers = {
  Mutation: mutationResolvers,
  ImportedRecord: importedRecordResolvers,
};
