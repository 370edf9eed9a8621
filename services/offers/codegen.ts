import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from the subgraph's schema (typescript-resolvers with federation), parents
 * mapped to the values resolvers get: a resolver returning another shape does not compile.
 *   npm run codegen -w @passerelle/offers      writes src/generated/
 *   npm run typecheck -w @passerelle/offers    fails when src/generated/ is stale
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: '../context#OffersContext',
        mappers: {
          Offer: '../offers/offer-statements#ShownOffer',
          OfferConnection: '../offers/offer-connection#OfferPage',
          SavedSearch: '../saved-searches/saved-search.entity#SavedSearch as SavedSearchRow',
          WebhookDelivery: '../saved-searches/webhook-delivery.entity#WebhookDelivery as WebhookDeliveryRow',
          WebhookDeliveryConnection: '../saved-searches/saved-search-store#DeliveryPage',
          Organisation: '../offers/offer-connection#EntityReference',
          Programme: '../offers/offer-connection#EntityReference',
        },
        strictScalars: true,
        // what the scalars' resolvers (subgraph-kit's values) hand resolvers and take from them
        scalars: { DateTime: 'Date', JSON: 'unknown', _FieldSet: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: false,
      },
    },
  },
};

export default config;
