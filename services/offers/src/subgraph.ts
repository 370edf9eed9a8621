import path from 'node:path';
import { loadTypeDefs, type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { createContext, type OffersContext } from './context';
import { CreateOffers1764000000000 } from './migrations/1764000000000-CreateOffers';
import { CoverContractTypeFilter1764200000000 } from './migrations/1764200000000-CoverContractTypeFilter';
import { ListingInIndexTables1764300000000 } from './migrations/1764300000000-ListingInIndexTables';
import { OfferEvents1764400000000 } from './migrations/1764400000000-OfferEvents';
import { SavedSearches1764400000001 } from './migrations/1764400000001-SavedSearches';
import { SavedSearchOwners1764500000000 } from './migrations/1764500000000-SavedSearchOwners';
import { ListingOutOfIndexTables1764600000000 } from './migrations/1764600000000-ListingOutOfIndexTables';
import { OfferSources1764900000000 } from './migrations/1764900000000-OfferSources';
import { OutboxEvent } from '@passerelle/outbox';
import { startOffersWorkers } from './change-feed/workers';
import { prepareOpenOffers } from './open-offers/prepare';
import { Offer } from './offers/offer.entity';
import { OFFER_DETAIL_ENTITIES } from './offers/offer-details.entity';
import { OfferSource } from './offer-imports/offer-source.entity';
import { resolvers } from './resolvers';
import { seedOffers } from './seed/seed-offers';
import { SavedSearch } from './saved-searches/saved-search.entity';
import { MatchedEvent, WebhookDelivery } from './saved-searches/webhook-delivery.entity';
import { offersSettings, offersSettingsShape, type OffersSettings } from './settings';

/** Everything that makes the offers subgraph, ready for `launchSubgraph`. */
export const offersSubgraph: SubgraphDefinition<OffersContext, OffersSettings> = {
  name: 'offers',
  defaultPort: 4002,
  typeDefs: loadTypeDefs(path.join(__dirname, '..', 'schema.graphql')),
  resolvers,
  entities: [Offer, ...OFFER_DETAIL_ENTITIES, OfferSource, OutboxEvent, SavedSearch, WebhookDelivery, MatchedEvent],
  migrations: [
    CreateOffers1764000000000,
    CoverContractTypeFilter1764200000000,
    ListingInIndexTables1764300000000,
    OfferEvents1764400000000,
    SavedSearches1764400000001,
    SavedSearchOwners1764500000000,
    ListingOutOfIndexTables1764600000000,
    OfferSources1764900000000,
  ],
  seed: async (dataSource) => {
    await seedOffers(dataSource);
  },
  settings: offersSettings,
  settingsShape: offersSettingsShape,
  context: createContext,
  prepare: prepareOpenOffers,
  startWorkers: startOffersWorkers,
};
