import path from 'node:path';
import { loadTypeDefs } from '@passerelle/subgraph-kit';

/** The subgraph's schema.graphql, parsed once: served, and read by the input checks (offers/offer-input.ts). */
export const offersTypeDefs = loadTypeDefs(path.join(__dirname, '..', 'schema.graphql'));
