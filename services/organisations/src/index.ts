export { organisationsSubgraph } from './subgraph';
export { SEED_ORGANISATIONS } from './seed/seed-data';
