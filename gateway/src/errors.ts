import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { withVariableField, type Logger } from '@passerelle/observability';
import { COST_ESTIMATE_TOO_COMPLEX, COST_REFUSED } from './demand-control/demand-control';
import { LIMIT_CODES, limitRefusalOf } from './limits';
import { RATE_LIMITED } from './rate-limit/rate-limit';
import { NOT_TRUSTED } from './trusted-documents';

/** An `operationName` the document does not define. */
export const OPERATION_NOT_FOUND = 'OPERATION_NOT_FOUND';
/** A document of several operations without `operationName`. */
export const OPERATION_NAME_REQUIRED = 'OPERATION_NAME_REQUIRED';
/** An automatic persisted query whose `sha256Hash` is not its text's. */
export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH';
/** The client's mistakes: answered 400 with their code, logged at info without a stack. */
const CLIENT_MISTAKES = new Set([OPERATION_NOT_FOUND, OPERATION_NAME_REQUIRED, PERSISTED_QUERY_HASH_MISMATCH]);

/** Codes a client may see as they are; anything else is an internal error. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  COST_REFUSED,
  COST_ESTIMATE_TOO_COMPLEX,
  RATE_LIMITED,
  NOT_TRUSTED,
  ...LIMIT_CODES,
  ...CLIENT_MISTAKES,
]);
/**
 * The codes a subgraph's error keeps on its way to a client in production, with its message
 * and public extensions: the API contract's codes and the documented refusals a subgraph
 * makes itself (its operation limits). Any other subgraph error (INTERNAL_SERVER_ERROR, a
 * code of its own, none at all: Apollo's DOWNSTREAM_SERVICE_ERROR) may carry SQL, a stack
 * or a message never meant for clients: it reaches them as DOWNSTREAM_SERVICE_ERROR naming
 * the service, with a message of ours, and whole in the log.
 */
export const SUBGRAPH_PUBLIC_CODES: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  COST_REFUSED,
  RATE_LIMITED,
  ...LIMIT_CODES,
]);
/** What a client gets in production for a subgraph's error whose code is not public. */
export const DOWNSTREAM_SERVICE_ERROR = 'DOWNSTREAM_SERVICE_ERROR';
/** The extensions a client may see; subgraph URLs, response bodies and stack traces are dropped. */
const PUBLIC_EXTENSIONS = ['code', 'field', 'id', 'service', 'requestId', 'retryAfterSeconds'];

/** The error a client gets when a subgraph cannot be reached or answers too late. */
export function subgraphUnavailable(subgraph: string, reason: string): GraphQLError {
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
    formatted = withVariableField(withOriginalUserInputCode(withHashMismatchCode(formatted), error));
    const code = formatted.extensions?.code;
    // Apollo Gateway names the subgraph of every error a subgraph answered
    const service = formatted.extensions?.serviceName;
    const fromSubgraph = typeof service === 'string';
    const isPublic = typeof code === 'string' && (fromSubgraph ? SUBGRAPH_PUBLIC_CODES : PUBLIC_CODES).has(code);
    if (!isPublic) logger.error({ err: error, code }, 'internal error answered to a client');
    else if (CLIENT_MISTAKES.has(code)) logger.info({ code, error: formatted.message }, 'request refused: a client mistake');
    if (!production) return formatted;
    formatted = { ...formatted, message: withoutSuggestions(formatted.message) };
    if (!isPublic && fromSubgraph) {
      return {
        message: `The ${service} service could not answer this part of the request`,
        path: formatted.path,
        extensions: { code: DOWNSTREAM_SERVICE_ERROR, service },
      };
    }
    if (!isPublic) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)));
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}

/**
 * graphql-js suggests names close to a wrong one ("Did you mean the enum value \"JPO\"?"),
 * graphql-armor masks field suggestions as "[Suggestion hidden]?": in production neither
 * stays, so the schema cannot be guessed name by name through its error messages.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').replace(/\s*\[Suggestion hidden\]\??/g, '');
}

/** Apollo Server refuses a mismatched persisted query hash with a message and no code. */
function withHashMismatchCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== undefined && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (formatted.message !== 'provided sha does not match query') return formatted;
  return {
    ...formatted,
    message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) is not the SHA-256 of the query sent with it',
    extensions: { ...formatted.extensions, code: PERSISTED_QUERY_HASH_MISMATCH },
  };
}

/**
 * A document whose operation cannot be chosen (an `operationName` it does not define, or
 * several operations and no name) is refused as the client's mistake, before any plugin
 * or the gateway's executor, which would fail on it as an internal error.
 */
export function refuseUnresolvedOperations<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          if (request.operationName) {
            throw new GraphQLError(`The document defines no operation named "${request.operationName}"`, {
              extensions: { code: OPERATION_NOT_FOUND, field: 'operationName', http: { status: 400 } },
            });
          }
          throw new GraphQLError(`The document defines several operations: name the one to run in operationName`, {
            extensions: { code: OPERATION_NAME_REQUIRED, field: 'operationName', http: { status: 400 } },
          });
        },
      };
    },
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
