import { GraphQLError } from 'graphql';

/** The services an import's records belong to, in the order they are written. */
export type OwnerName = 'organisations' | 'programmes' | 'offers';

/** An owner that did not answer, or answered with errors rather than results. */
export class OwnerFailure extends Error {
  constructor(
    readonly owner: OwnerName,
    message: string,
    /** The owner's own error code, when it answered with one (UNAUTHENTICATED, FORBIDDEN ...). */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The caller's identity and request, passed on to each owner (they verify the token themselves). */
export interface CallerHeaders {
  authorization: string | null;
  requestId: string;
}

export interface OwnerEndpoint {
  owner: OwnerName;
  url: string;
  timeoutMs: number;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation on an owner subgraph over HTTP, with the caller's Authorization header. */
export async function callOwner<Data>(
  endpoint: OwnerEndpoint,
  caller: CallerHeaders,
  query: string,
  variables: Record<string, unknown>,
): Promise<Data> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': caller.requestId };
  if (caller.authorization) headers.authorization = caller.authorization;
  let response: Response;
  try {
    response = await fetch(endpoint.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${endpoint.timeoutMs} ms` : 'unreachable';
    throw new OwnerFailure(endpoint.owner, `the ${endpoint.owner} service is ${reason}`);
  }
  let answer: GraphQLAnswer;
  try {
    answer = (await response.json()) as GraphQLAnswer;
  } catch {
    throw new OwnerFailure(endpoint.owner, `the ${endpoint.owner} service answered HTTP ${response.status} without a GraphQL answer`);
  }
  const error = answer.errors?.[0];
  if (error || !answer.data) {
    const code = error?.extensions?.code;
    throw new OwnerFailure(endpoint.owner, `the ${endpoint.owner} service answered an error: ${error?.message ?? 'no data'}`, code);
  }
  return answer.data as Data;
}

/**
 * An owner's refusal of the caller (UNAUTHENTICATED, FORBIDDEN) reaches the client as it is;
 * any other failure is SERVICE_UNAVAILABLE naming the owner in `extensions.service` (a code
 * the gateway passes on in production, as it does for its own subgraph fetches), `summary`
 * saying what was written before.
 */
export function ownerError(failure: OwnerFailure, summary: string, extensions: Record<string, unknown>): GraphQLError {
  if (failure.code === 'UNAUTHENTICATED' || failure.code === 'FORBIDDEN') {
    return new GraphQLError(failure.message, { extensions: { code: failure.code, service: failure.owner } });
  }
  return new GraphQLError(`The import failed: ${failure.message}. ${summary}`, {
    extensions: { code: OWNER_FAILED, service: failure.owner, ...extensions },
  });
}

/** The code of an import an owner service failed: `extensions.service` names it. */
export const OWNER_FAILED = 'SERVICE_UNAVAILABLE';
