import path from 'node:path';
import { loadTypeDefs, type StatelessSubgraphDefinition } from '@passerelle/subgraph-kit';
import { createContext, type ImportsContext } from './context';
import { resolvers } from './resolvers';
import { bodyLimitOf, importsSettings, readImportsSettings, type ImportsSettings } from './settings';

/** Everything that makes the imports subgraph, ready for `launchStatelessSubgraph`: it keeps no database of its own. */
export const importsSubgraph: StatelessSubgraphDefinition<ImportsContext, ImportsSettings> = {
  name: 'imports',
  defaultPort: 4004,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers,
  settings: readImportsSettings,
  settingsShape: importsSettings,
  context: createContext,
  bodyLimitBytes: bodyLimitOf,
};
