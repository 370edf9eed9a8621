export { createLogger, type Logger } from './logger';
export { createMetrics, type Metrics } from './metrics';
export { requestTelemetryPlugin, type TelemetryContext } from './request-telemetry';
export { operationLabel } from './operation-label';
export { withLiteralField, withVariableField } from './error-fields';
export { requestIdFrom } from './request-id';
export { currentSpan, inChildSpan, REQUEST_ID_ATTRIBUTE, startTracing, stopTracing, tracingIsOn, untraced } from './tracing';
