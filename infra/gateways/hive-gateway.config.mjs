// Hive Gateway serving Passerelle's committed supergraph unchanged, each subgraph's URL from
// the environment, as Passerelle's own gateway reads them (the supergraph's localhost:4001-4003
// are only the defaults). Run from the repository's root:
//   npx @graphql-hive/gateway supergraph gateway/supergraph.graphql --config-path infra/gateways/hive-gateway.config.mjs
const urls = {
  organisations: process.env.ORGANISATIONS_URL ?? 'http://localhost:4001/graphql',
  offers: process.env.OFFERS_URL ?? 'http://localhost:4002/graphql',
  programmes: process.env.PROGRAMMES_URL ?? 'http://localhost:4003/graphql',
  imports: process.env.IMPORTS_URL ?? 'http://localhost:4004/graphql',
};

export const gatewayConfig = {
  transportEntries: Object.fromEntries(Object.entries(urls).map(([subgraph, location]) => [subgraph, { location }])),
};
