import type { Identity } from '@passerelle/auth';
import type { Logger } from '@passerelle/observability';
import type { GraphQLError } from 'graphql';

/** What every operation the gateway runs carries: a client's, or its own (the feeds'). */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Identity | null;
  /** Where the request came from (see `trustProxyHops`); absent for the gateway's own operations. */
  clientAddress?: string;
  /** The caller's Authorization header, forwarded so each subgraph verifies it itself. */
  authorization?: string;
  /** Subgraphs that failed during this request: the request's later fetches to them fail at once. */
  unavailableSubgraphs: Map<string, GraphQLError>;
}
