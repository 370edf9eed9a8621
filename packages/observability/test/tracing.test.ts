import { currentSpan, inChildSpan, startTracing, tracingIsOn, untraced } from '../src/tracing';

const mockSdkLoaded = jest.fn();
jest.mock('../src/tracing-sdk', () => {
  mockSdkLoaded();
  return { startSdk: () => ({ stop: async () => {}, untraced: <T>(work: () => T) => work() }) };
});

describe('startTracing', () => {
  it('never loads the SDK, even with the other OTEL_* variables set', () => {
    expect(
      startTracing('gateway', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces', OTEL_EXPORTER_OTLP_ENDPOINT: '' }),
    ).toBe(false);
    expect(mockSdkLoaded).not.toHaveBeenCalled();
    expect(tracingIsOn()).toBe(false);
  });

  it('runs the work it is given as it is, with no span', async () => {
    expect(currentSpan()).toBeUndefined();
    expect(untraced(() => 42)).toBe(42);
    await expect(inChildSpan('SELECT', {}, async () => 'rows')).resolves.toBe('rows');
  });

  it('loads the SDK once the endpoint is set', () => {
    expect(startTracing('gateway', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBe(true);
    expect(mockSdkLoaded).toHaveBeenCalledTimes(1);
    expect(tracingIsOn()).toBe(true);
  });
});
