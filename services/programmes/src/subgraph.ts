import path from 'node:path';
import { loadTypeDefs, type RequestContextBase, type SubgraphDefinition } from '@passerelle/subgraph-kit';

/** The programmes subgraph, ready for `launchSubgraph`. */
export const programmesSubgraph: SubgraphDefinition<RequestContextBase> = {
  name: 'programmes',
  defaultPort: 4003,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers: { Query: { programme: () => null } },
  entities: [],
  migrations: [],
  seed: async () => {},
  context: (_dataSource, base) => base,
};
