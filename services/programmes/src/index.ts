export { programmesSubgraph } from './subgraph';
