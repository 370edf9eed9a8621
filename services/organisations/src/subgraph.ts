import path from 'node:path';
import { migrationsIn } from '@passerelle/db';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { createContext, type OrganisationsContext } from './context';
import { Organisation } from './organisations/organisation.entity';
import { resolvers } from './resolvers';
import { seedOrganisations } from './seed/seed-organisations';

/** Everything that makes the organisations subgraph, ready for `launchSubgraph`. */
export const organisationsSubgraph: SubgraphDefinition<OrganisationsContext> = {
  name: 'organisations',
  defaultPort: 4001,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers,
  entities: [Organisation],
  migrations: migrationsIn(path.join(__dirname, 'migrations')),
  seed: async (dataSource) => {
    await seedOrganisations(dataSource);
  },
  context: createContext,
};
