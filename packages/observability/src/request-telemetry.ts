import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { operationLabel } from './operation-label';
import { currentSpan, REQUEST_ID_ATTRIBUTE } from './tracing';

export interface TelemetryContext {
  requestId: string;
  logger: Logger;
}

/**
 * One log line and one metrics sample per GraphQL request. The request id goes back to
 * the client in the `x-request-id` header and in every error's `extensions.requestId`,
 * so a user's report can be matched to the log lines of every process it touched. When tracing
 * is on, the request's server span carries the request id and is named after the operation
 * (`query OffersPage`), so a trace is found by either.
 */
export function requestTelemetryPlugin<Context extends TelemetryContext>(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      const span = currentSpan();
      span?.setAttribute(REQUEST_ID_ATTRIBUTE, contextValue.requestId);
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!span || !operation) return;
          const type = operation.operation;
          span.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
          span.updateName(operationName ? `${type} ${operationName}` : type);
        },
        async willSendResponse({ response, errors, operationName, contextValue: context }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = operationLabel(operationName);
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.requests.inc({ operation, outcome });
          metrics.requestDuration.observe({ operation }, seconds);
          response.http.headers.set('x-request-id', context.requestId);
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: context.requestId },
            }));
          }
          const codes = errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          contextValue.logger.info(
            { operation: operationName ?? null, durationMs: Math.round(seconds * 1000), outcome, errorCodes: codes },
            'graphql request',
          );
        },
      };
    },
  };
}
