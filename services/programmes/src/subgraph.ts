import path from 'node:path';
import { loadConfig } from '@passerelle/config';
import { changeFeedSettings, OutboxEvent, startChangeFeed, type ChangeFeedSettings } from '@passerelle/outbox';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { Contribution } from './contributions/contribution.entity';
import { createContext, type ProgrammesContext } from './context';
import { CreateProgrammes1764000000000 } from './migrations/1764000000000-CreateProgrammes';
import { IndexContributionFilters1764000000001 } from './migrations/1764000000001-IndexContributionFilters';
import { VersionContributions1764000000002 } from './migrations/1764000000002-VersionContributions';
import { CheckAmountsOnMysql1764000000003 } from './migrations/1764000000003-CheckAmountsOnMysql';
import { ContributionEvents1764400000000 } from './migrations/1764400000000-ContributionEvents';
import { SourceRecords1765100000000 } from './migrations/1765100000000-SourceRecords';
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
  migrations: [
    CreateProgrammes1764000000000,
    IndexContributionFilters1764000000001,
    VersionContributions1764000000002,
    CheckAmountsOnMysql1764000000003,
    ContributionEvents1764400000000,
    SourceRecords1765100000000,
  ],
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
