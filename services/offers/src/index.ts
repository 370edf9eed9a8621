export { offersSubgraph } from './subgraph';
export { SEED_OFFERS } from './seed/seed-data';
