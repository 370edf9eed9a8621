import path from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { createContext, type OffersContext } from './context';
import { CreateOffers1764000000000 } from './migrations/1764000000000-CreateOffers';
import { CoverContractTypeFilter1764200000000 } from './migrations/1764200000000-CoverContractTypeFilter';
import { ListingInIndexTables1764300000000 } from './migrations/1764300000000-ListingInIndexTables';
import { Offer } from './offer.entity';
import { OFFER_DETAIL_ENTITIES } from './offer-details.entity';
import { resolvers } from './resolvers';
import { seedOffers } from './seed';

/** Everything that makes the offers subgraph, ready for `launchSubgraph`. */
export const offersSubgraph: SubgraphDefinition<OffersContext> = {
  name: 'offers',
  defaultPort: 4002,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers,
  entities: [Offer, ...OFFER_DETAIL_ENTITIES],
  migrations: [CreateOffers1764000000000, CoverContractTypeFilter1764200000000, ListingInIndexTables1764300000000],
  seed: async (dataSource) => {
    await seedOffers(dataSource);
  },
  context: createContext,
};
