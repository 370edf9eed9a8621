import type { Identity } from '@passerelle/auth';
import type { Logger } from '@passerelle/observability';

/** What every subgraph's request context carries; each service's context extends it. */
export interface RequestContextBase {
  requestId: string;
  logger: Logger;
  /** The caller, from a bearer token this subgraph verified itself; null when anonymous. */
  viewer: Identity | null;
  /** The caller's Authorization header as sent, for a service that calls others on the caller's behalf. */
  authorization: string | null;
}
