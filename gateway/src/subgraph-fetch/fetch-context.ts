import type { Identity } from '@passerelle/auth';
import type { DocumentNode, GraphQLFormattedError, OperationTypeNode } from 'graphql';

/**
 * One fetch of a query plan to one subgraph, as every stage sees it. What it is (its kind,
 * whether it asks for `_entities`) comes from the plan's fetch node; who asks, from the
 * request. No stage reads the body's text to learn any of it.
 */
export interface SubgraphFetch {
  readonly subgraph: string;
  readonly url: string;
  /** The fetch's operation as the query planner built it (the same object for every run of a plan). */
  readonly document: DocumentNode;
  readonly query: string;
  readonly operationName?: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The kind of this fetch's operation: a mutation fetch writes. */
  readonly kind: OperationTypeNode;
  /** An `_entities(representations: …)` fetch. */
  readonly entities: boolean;
  /** Made for a client's query: nothing the request does writes, so its fetches may be shared or cached. */
  readonly forQuery: boolean;
  readonly viewer: Identity | null;
  /** The client's Authorization header, forwarded: the subgraph may answer each caller differently. */
  readonly authorization?: string;
  /** Headers sent besides content-type (request id, authorization, the planner's own). */
  readonly headers: Readonly<Record<string, string>>;
  /** Aborts the fetch (set by the time limit). */
  readonly signal?: FetchSignal;
  /** The body as sent: serialised on first use, once. */
  body(): string;
}

/**
 * What aborts a fetch: an event emitter with `aborted` and `reason`, which undici takes as a
 * signal. Not an AbortSignal: `AbortSignal.timeout()` and undici's listener on it were a third
 * of the fetch path's CPU in the gateway's profile.
 */
export interface FetchSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
  on(event: 'abort', listener: () => void): unknown;
  once(event: 'abort', listener: () => void): unknown;
  removeListener(event: 'abort', listener: () => void): unknown;
}

/** The JSON a subgraph answers with. */
export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

/** A subgraph's answer, read and parsed once. */
export interface SubgraphAnswer {
  status: number;
  cacheControl?: string;
  /** The parsed body; undefined when it is not a JSON object (or when the status is 5xx, unread). */
  body?: GraphQLAnswer;
  /** The body as received, when it came over HTTP: a fetch that shares it reads its own copy. */
  text?: string;
}

export type Next = (fetch: SubgraphFetch) => Promise<SubgraphAnswer>;

/** One stage of the pipeline: answers the fetch itself, or passes it (changed or not) to the next stage. */
export type Stage = (fetch: SubgraphFetch, next: Next) => Promise<SubgraphAnswer>;

export type FailureReason = 'timeout' | 'unreachable' | 'circuit_open';

/** A fetch that got no answer: the client gets SERVICE_UNAVAILABLE, `/metrics` counts it by reason. */
export class SubgraphFetchFailed extends Error {
  constructor(
    readonly reason: FailureReason,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/** The same fetch with other variables (its body serialised anew, once). */
export function withVariables(fetch: SubgraphFetch, variables: Record<string, unknown>): SubgraphFetch {
  return { ...fetch, variables, body: serialisedOnce(fetch.query, variables, fetch.operationName) };
}

/** The body as Apollo's RemoteGraphQLDataSource sends it: query, variables, operationName. */
export function serialisedOnce(query: string, variables: Record<string, unknown>, operationName: string | undefined): () => string {
  let text: string | undefined;
  return () => (text ??= JSON.stringify({ query, variables, operationName }));
}

/** The body as JSON when it is a JSON object; undefined otherwise. */
export function parsedObject(text: string): GraphQLAnswer | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as GraphQLAnswer;
  } catch {
    return undefined;
  }
}

/** Runs `stages` in order, each handing the fetch to the next. */
export function pipeline(stages: readonly Stage[]): Next {
  const run = (index: number): Next => {
    const stage = stages[index];
    if (!stage) return () => Promise.reject(new Error('no stage of the subgraph fetch pipeline answered'));
    const next = run(index + 1);
    return (fetch) => stage(fetch, next);
  };
  return run(0);
}

/** A Cache-Control header's directive names, and its max-age in seconds (absent when it has none or a malformed one). */
export function cacheControlOf(header = ''): { directives: Set<string>; maxAge?: number } {
  const directives = new Set<string>();
  let maxAge: number | undefined;
  for (const part of header.split(',')) {
    const [name = '', value] = part.split('=').map((side) => side.trim());
    if (!name) continue;
    directives.add(name);
    if (name === 'max-age' && value !== undefined && /^\d+$/.test(value)) maxAge = Number(value);
  }
  return { directives, maxAge };
}
