import type { IncomingMessage } from 'node:http';
import { context } from '@opentelemetry/api';
import { NodeSDK, core, resources } from '@opentelemetry/sdk-node';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MySQL2Instrumentation } from '@opentelemetry/instrumentation-mysql2';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** Probes and scrapes, every few seconds from Kubernetes or Prometheus: not worth a trace each. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * The OpenTelemetry SDK, loaded only when tracing is on (tracing.ts). Spans go to the OTLP
 * exporter the standard OTEL_* variables describe (endpoint, protocol, headers, sampler, batch
 * delays); metrics and logs stay where they are (/metrics, standard output), so the SDK's
 * own metric and log exporters are not started.
 */
export function startSdk(serviceName: string): { stop(): Promise<void>; untraced<T>(work: () => T): T } {
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES, read by the SDK's env detector, win over this name
    resource: resources.defaultResource().merge(resources.resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName })),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]!),
      }),
      new UndiciInstrumentation(),
      // the statement as written, placeholders and all: parameter values (names, e-mail addresses) stay out of traces
      new MySQL2Instrumentation({ maskStatement: true }),
    ],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return {
    stop: () => sdk.shutdown(),
    untraced: (work) => context.with(core.suppressTracing(context.active()), work),
  };
}
