import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { withVariableField, type Logger } from '@passerelle/observability';
import { COST_REFUSED } from './demand-control/demand-control';
import { LIMIT_CODES, limitRefusalOf } from './limits';
import { RATE_LIMITED } from './rate-limit/rate-limit';
import { NOT_TRUSTED } from './trusted-documents';

/** Codes a client may see as they are; anything else is an internal error. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', COST_REFUSED, RATE_LIMITED, NOT_TRUSTED, ...LIMIT_CODES,
]);
/** The extensions a client may see; subgraph URLs, response bodies and stack traces are dropped. */
const PUBLIC_EXTENSIONS = ['code', 'field', 'id', 'service', 'requestId', 'retryAfterSeconds'];

/** The error a client gets when a subgraph cannot be reached or answers too late. */
export function subgraphUnavailable(subgraph: string, reason: 'timeout' | 'unreachable' | string): GraphQLError {
  return new GraphQLError(
    reason === 'timeout' ? `The ${subgraph} service did not answer in time` : `The ${subgraph} service is unavailable`,
    { extensions: { code: 'SERVICE_UNAVAILABLE', service: subgraph } },
  );
}

/** A subgraph answered with an HTTP error: keep a code, never its body or URL. */
export function subgraphHttpError(subgraph: string, status: number): GraphQLError {
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'SERVICE_UNAVAILABLE';
  return new GraphQLError(`The ${subgraph} service answered HTTP ${status}`, { extensions: { code, service: subgraph } });
}

/**
 * In production only known codes and public extensions reach clients; everything else
 * becomes "Internal server error" and its detail goes to the log. In development errors
 * pass through whole, to help whoever is debugging.
 */
export function formatGatewayError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refusal = limitRefusalOf(error);
    if (refusal) return { message: refusal.message, extensions: refusal.extensions };
    formatted = withVariableField(withOriginalUserInputCode(formatted, error));
    const code = formatted.extensions?.code;
    const isPublic = typeof code === 'string' && PUBLIC_CODES.has(code);
    if (!isPublic) logger.error({ err: error, code }, 'internal error answered to a client');
    if (!production) return formatted;
    if (!isPublic) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const extensions = Object.fromEntries(
      Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)),
    );
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}

/** Our validation rules' BAD_USER_INPUT (e.g. a page size, naming its field) survives Apollo's relabelling. */
function withOriginalUserInputCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (original instanceof GraphQLError && original.extensions.code === 'BAD_USER_INPUT' && original.extensions.field) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  return formatted;
}
