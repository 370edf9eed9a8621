import path from 'node:path';
import { loadTypeDefs, type RequestContextBase, type SubgraphDefinition } from '@passerelle/subgraph-kit';

/** The offers subgraph, ready for `launchSubgraph`. */
export const offersSubgraph: SubgraphDefinition<RequestContextBase> = {
  name: 'offers',
  defaultPort: 4002,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers: { Query: { offer: () => null } },
  entities: [],
  migrations: [],
  seed: async () => {},
  context: (_dataSource, base) => base,
};
