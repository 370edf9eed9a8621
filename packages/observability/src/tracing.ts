import { SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import type { startSdk } from './tracing-sdk';

let sdk: ReturnType<typeof startSdk> | undefined;

/** The span attribute carrying the request id each process logs (`x-request-id`). */
export const REQUEST_ID_ATTRIBUTE = 'passerelle.request_id';

/**
 * Starts tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` is set, and returns whether it did (the
 * SDK's other OTEL_* variables, `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` included, refine it; alone
 * they do not turn it on). It must run before http, undici and mysql2 are loaded, so
 * each entry point imports its `tracing.ts` first. Off, the SDK is never even loaded: the
 * OpenTelemetry API calls elsewhere are no-ops, and the helpers below return at once.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (sdk) return true;
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  // Loaded on demand, and synchronously: its instrumentations must patch the modules before the entry point loads them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSdk: start } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  sdk = start(serviceName);
  return true;
}

/** Exports the spans still buffered and stops; the entry points call it before they exit. */
export async function stopTracing(): Promise<void> {
  const stopping = sdk;
  sdk = undefined;
  await stopping?.stop().catch(() => undefined);
}

/** Runs `work`, and whatever it starts (timers, pools, workers), outside any trace: start-up, migrations, background jobs. */
export function untraced<T>(work: () => T): T {
  return sdk ? sdk.untraced(work) : work();
}

/** Whether spans are being recorded and exported (OTEL_EXPORTER_OTLP_ENDPOINT was set at start-up). */
export function tracingIsOn(): boolean {
  return sdk !== undefined;
}

/** The span of the work in progress (the server span of the request being served); undefined when tracing is off. */
export function currentSpan(): Span | undefined {
  return sdk ? trace.getActiveSpan() : undefined;
}

/**
 * Runs `work` in a span of its own, child of the current span; runs it bare when tracing is off
 * or there is no current span (SQL of start-up or background work would make a trace per statement).
 */
export async function inChildSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!currentSpan()) return work();
  return trace.getTracer('@passerelle/observability').startActiveSpan(name, { attributes, kind: SpanKind.CLIENT }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
