import { randomUUID } from 'node:crypto';
import { graphql } from '@passerelle/testing';
import { exportSettings, startOtlpReceiver, SPAN_KIND, type OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';
import { startProcessGraph, SUBGRAPH_NAMES, type ProcessGraph } from './support/process-graph';
import { ACROSS_THE_GRAPH } from './support/queries';

/*
 * The whole graph as real processes, exporting their spans to an OTLP/HTTP receiver of the
 * test's own: one request through the gateway and all three subgraphs must arrive as one trace,
 * each subgraph's server span a child of the gateway's fetch, SQL statements under them.
 */

const databases = ['sqlite', ...(process.env.MYSQL_URL ? ['mysql' as const] : [])] as const;

async function eventually<T>(find: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(databases)('with OTEL_EXPORTER_OTLP_ENDPOINT set, on %s', (database) => {
  let receiver: OtlpReceiver;
  let graph: ProcessGraph;
  let trace: ReceivedSpan[];
  const requestId = `trace-test-${randomUUID()}`;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const settings = exportSettings(receiver.url);
    graph = await startProcessGraph(database, settings, settings);
    const answer = await graphql(graph.url, ACROSS_THE_GRAPH, {}, { 'x-request-id': requestId });
    expect(answer.errors).toBeUndefined();
    const root = await eventually(
      () => receiver.spans.find((span) => span.attributes['passerelle.request_id'] === requestId && span.service === 'gateway'),
      'gateway span with the request id',
    );
    const traceOf = () => receiver.spans.filter((span) => span.traceId === root.traceId);
    // each process exports on its own schedule: wait until every subgraph's server span and SQL are in
    trace = await eventually(() => {
      const spans = traceOf();
      const sql = new Set(spans.filter((span) => span.attributes['db.query.text']).map((span) => span.service));
      return SUBGRAPH_NAMES.every((name) => sql.has(name)) ? spans : undefined;
    }, 'SQL span from every subgraph').catch(() => traceOf());
  }, 200_000);

  afterAll(async () => {
    await graph?.stop();
    await receiver?.close();
  });

  const byId = () => new Map(trace.map((span) => [span.spanId, span]));
  const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
    const spans = byId();
    const chain: ReceivedSpan[] = [];
    for (let parent = spans.get(span.parentSpanId ?? ''); parent; parent = spans.get(parent.parentSpanId ?? '')) chain.push(parent);
    return chain;
  };
  const serverSpans = (service: string) => trace.filter((span) => span.service === service && span.kind === SPAN_KIND.server);

  it('records the request as one trace through the gateway and every subgraph', () => {
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(['gateway', ...SUBGRAPH_NAMES]));
    const [root] = trace.filter((span) => !span.parentSpanId);
    expect(root).toMatchObject({ service: 'gateway', kind: SPAN_KIND.server, name: 'query OffersAcrossTheGraph' });
    expect(root!.attributes).toMatchObject({ 'graphql.operation.name': 'OffersAcrossTheGraph', 'passerelle.request_id': requestId });
  });

  it.each(SUBGRAPH_NAMES)("makes %s's server spans children of the gateway's fetches, with the request id", (name) => {
    const spans = serverSpans(name);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      const parent = byId().get(span.parentSpanId ?? '');
      expect(parent).toMatchObject({ service: 'gateway', kind: SPAN_KIND.client });
      expect(span.attributes['passerelle.request_id']).toBe(requestId);
      expect(span.name).toMatch(/^query OffersAcrossTheGraph__/);
    }
  });

  it.each(SUBGRAPH_NAMES)("puts %s's SQL statements under its server span, without their parameter values", (name) => {
    const statements = trace.filter((span) => span.service === name && span.attributes['db.query.text']);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.attributes['db.system.name']).toBe(database === 'mysql' ? 'mysql' : 'sqlite');
      expect(ancestors(statement)).toContainEqual(expect.objectContaining({ service: name, kind: SPAN_KIND.server }));
    }
    expect(statements.map((span) => span.attributes['db.query.text']).join('\n')).not.toMatch(/unops|undp/i);
  });

  it('leaves start-up, probes and background work out of traces', () => {
    const rootsElsewhere = receiver.spans.filter((span) => !span.parentSpanId && span.traceId !== trace[0]!.traceId);
    expect(rootsElsewhere.map((span) => `${span.service}: ${span.name}`)).toEqual([]);
  });
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let receiver: OtlpReceiver;
  let graph: ProcessGraph;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // everything else an exporting process would need, the trace endpoint included: only the switch is missing
    const settings = { ...exportSettings(''), OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces` };
    graph = await startProcessGraph('sqlite', settings, settings);
  }, 200_000);

  afterAll(async () => {
    await graph?.stop();
    await receiver?.close();
  });

  it('answers as before and exports nothing', async () => {
    const answer = await graphql(graph.url, ACROSS_THE_GRAPH);
    expect(answer.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(receiver.posts).toEqual([]);
  });
});
