import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { operationLabel } from './operation-label';

export interface TelemetryContext {
  requestId: string;
  logger: Logger;
}

/**
 * One log line and one metrics sample per GraphQL request. The request id goes back to
 * the client in the `x-request-id` header and in every error's `extensions.requestId`,
 * so a user's report can be matched to the log lines of every process it touched.
 */
export function requestTelemetryPlugin<Context extends TelemetryContext>(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
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
