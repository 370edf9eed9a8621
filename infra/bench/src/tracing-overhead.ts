import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { graphql } from '@passerelle/testing';
import { startOtlpReceiver } from '../../../gateway/test/support/otlp-receiver';
import { startProcessGraph, type ProcessGraph } from '../../../gateway/test/support/process-graph';
import { ACROSS_THE_GRAPH } from '../../../gateway/test/support/queries';

/*
 * `npm run bench:install && npx tsx infra/bench/src/tracing-overhead.ts [requests]` (autocannon is the bench's): what tracing costs. Starts the graph
 * (SQLite) with tracing off, then on (exporting to a receiver of its own in the SDK's default
 * protobuf, every span kept), sends the same README query crossing all three subgraphs
 * `requests` times (2,000 by default) after a warm-up, and prints the CPU time each process
 * spent per request. A measurement, not a test: one run, on whatever else the machine does.
 */

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONNECTIONS = 8;
const CLOCK_TICKS_PER_SECOND = 100;

function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

async function load(url: string, amount: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ACROSS_THE_GRAPH }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function measure(label: string, env: Record<string, string>): Promise<void> {
  const graph: ProcessGraph = await startProcessGraph('sqlite', env, env);
  try {
    const answer = await graphql(graph.url, ACROSS_THE_GRAPH);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    await load(graph.url, Math.ceil(REQUESTS / 4));
    const processes = [graph.gateway, ...Object.values(graph.subgraphs)];
    const before = processes.map((service) => cpuMs(service.child.pid!));
    const result = await load(graph.url, REQUESTS);
    // with tracing on, the last spans are exported on the SDK's schedule, within 5 s: both runs wait as long
    await new Promise((resolve) => setTimeout(resolve, 6000));
    const perRequest = processes.map(
      (service, index) => `${service.name} ${((cpuMs(service.child.pid!) - before[index]!) / REQUESTS).toFixed(2)}`,
    );
    console.log(
      `${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors; CPU ms per request: ${perRequest.join(', ')}`,
    );
  } finally {
    await graph.stop();
  }
}

async function main(): Promise<void> {
  const receiver = await startOtlpReceiver();
  try {
    await measure('off', { OTEL_EXPORTER_OTLP_ENDPOINT: '' });
    await measure('on (every request sampled)', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    console.log(`receiver: ${receiver.posts.length} exports`);
  } finally {
    await receiver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
