import path from 'node:path';
import { migrationsIn } from '@passerelle/db';
import { type SubgraphDefinition } from '@passerelle/subgraph-kit';
import { offersTypeDefs } from './type-defs';
import { createContext, type OffersContext } from './context';
import { OutboxEvent } from '@passerelle/outbox';
import { OfferSource } from './offer-imports/offer-source.entity';
import { startOffersWorkers } from './change-feed/workers';
import { prepareOpenOffers } from './open-offers/prepare';
import { Offer } from './offers/offer.entity';
import { OFFER_DETAIL_ENTITIES } from './offers/offer-details.entity';
import { resolvers } from './resolvers';
import { seedOffers } from './seed/seed-offers';
import { SavedSearch } from './saved-searches/saved-search.entity';
import { MatchedEvent, WebhookDelivery } from './saved-searches/webhook-delivery.entity';
import { offersSettings, offersSettingsShape, type OffersSettings } from './settings';

/** Everything that makes the offers subgraph, ready for `launchSubgraph`. */
export const offersSubgraph: SubgraphDefinition<OffersContext, OffersSettings> = {
  name: 'offers',
  defaultPort: 4002,
  typeDefs: offersTypeDefs,
  resolvers,
  entities: [Offer, ...OFFER_DETAIL_ENTITIES, OfferSource, OutboxEvent, SavedSearch, WebhookDelivery, MatchedEvent],
  migrations: migrationsIn(path.join(__dirname, 'migrations')),
  seed: async (dataSource) => {
    await seedOffers(dataSource);
  },
  settings: offersSettings,
  settingsShape: offersSettingsShape,
  context: createContext,
  prepare: prepareOpenOffers,
  startWorkers: startOffersWorkers,
};
