import path from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { createContext, type OrganisationsContext } from './context';
import { CreateOrganisations1763900000000 } from './migrations/1763900000000-CreateOrganisations';
import { OrganisationIdentifiers1765000000000 } from './migrations/1765000000000-OrganisationIdentifiers';
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
  migrations: [CreateOrganisations1763900000000, OrganisationIdentifiers1765000000000],
  seed: async (dataSource) => {
    await seedOrganisations(dataSource);
  },
  context: createContext,
};
