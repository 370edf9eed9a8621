import type { ImportedRecordResolvers } from '../generated/resolvers-types';

/** Each record's entity, by the id its owner gave it, for the kind of record it is. */
export const importedRecordResolvers: ImportedRecordResolvers = {
  offer: (record) => (record.type === 'OFFER' && record.id ? { id: record.id } : null),
  organisation: (record) => (record.type === 'ORGANISATION' && record.id ? { id: record.id } : null),
  programme: (record) => (record.type === 'PROGRAMME' && record.id ? { id: record.id } : null),
};
