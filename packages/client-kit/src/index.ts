export { createCache, typePolicies } from './cache';
export * from './generated';
