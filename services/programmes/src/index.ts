export { programmesSubgraph } from './subgraph';
export { SEED_PROGRAMMES, SEED_CONTRIBUTIONS, SEED_REPORTED_FUNDING } from './seed/seed-data';
