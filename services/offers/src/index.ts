export { offersSubgraph } from './subgraph';
