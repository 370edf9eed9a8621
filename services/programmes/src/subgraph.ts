import path from 'node:path';
import { loadConfig } from '@passerelle/config';
import { changeFeedSettings, OutboxEvent, startChangeFeed, type ChangeFeedSettings } from '@passerelle/outbox';
import { migrationsIn } from '@passerelle/db';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { Contribution } from './contributions/contribution.entity';
import { createContext, type ProgrammesContext } from './context';
import { Participation } from './programmes/participation.entity';
import { ProgrammeCountry } from './programmes/programme-country.entity';
import { Programme } from './programmes/programme.entity';
import { ReportedFunding } from './funding/reported-funding.entity';
import { resolvers } from './resolvers';
import { seedProgrammes } from './seed/seed-programmes';

/** Everything that makes the programmes subgraph, ready for `launchSubgraph`. */
export const programmesSubgraph: SubgraphDefinition<ProgrammesContext, ChangeFeedSettings> = {
  name: 'programmes',
  defaultPort: 4003,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers,
  entities: [Programme, ProgrammeCountry, Participation, Contribution, ReportedFunding, OutboxEvent],
  migrations: migrationsIn(path.join(__dirname, 'migrations')),
  seed: async (dataSource) => {
    await seedProgrammes(dataSource);
  },
  settings: (env) => loadConfig(changeFeedSettings, env as NodeJS.ProcessEnv),
  settingsShape: changeFeedSettings,
  context: createContext,
  // contribution events go to the broker; nothing in this process consumes them
  startWorkers: async (dataSource, { settings, logger, registry }) =>
    startChangeFeed(dataSource, { service: 'programmes', settings, logger, registry }),
};
