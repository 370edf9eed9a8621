process.env.TZ = 'UTC';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, killService, spawnService, waitUntilHealthy, type ServiceProcess } from '@passerelle/testing';

/*
 * `npm run bench:faults`: what one hung subgraph costs the answers that do not need it, and
 * the ones that do, with the gateway's circuit breaker on and off, in one run. The graph runs
 * as processes on the embedded seed data (no data set to load: this measures waiting, not
 * the database); programmes is hung with SIGSTOP, as a deadlocked or overloaded process
 * would be. Load is open-loop (a fixed rate, autocannon's overallRate), so that answers
 * stuck for the 5 s time limit pile up as they would in front of real clients.
 */

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    'others-rate': { type: 'string', default: '40' },
    'mixed-rate': { type: 'string', default: '20' },
  },
});
const durationSeconds = Number(values.duration);
const othersRate = Number(values['others-rate']);
const mixedRate = Number(values['mixed-rate']);
const TIME_LIMIT_MS = 5000;

/** Answered by organisations and offers alone. */
const OTHERS = JSON.stringify({
  query: '{ organisations(first: 20) { edges { node { name acronym } } } offers(first: 10) { edges { node { title deadline } } } }',
});
/** Needs programmes too: the job board's list with each offer's programmes. */
const MIXED = JSON.stringify({
  query: '{ offers(first: 10) { edges { node { title organisation { name } programmes { acronym name } } } } }',
});

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  partial: number;
  requests: number;
}

async function load(url: string, body: string, rate: number, seconds = durationSeconds): Promise<Figures> {
  let partial = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // enough connections for every request a 5 s wait keeps in flight at this rate
    connections: Math.ceil((rate * TIME_LIMIT_MS) / 1000) + 10,
    overallRate: rate,
    duration: seconds,
    timeout: 15,
    setupClient: (client) => {
      client.on('body', (buffer: Buffer) => {
        if (buffer.includes('"errors":')) partial += 1;
      });
    },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    partial,
    requests: result.requests.total,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-faults-'));
  const names = ['organisations', 'offers', 'programmes'] as const;
  const subgraphs = {} as Record<(typeof names)[number], ServiceProcess>;
  for (const name of names)
    subgraphs[name] = spawnService(name, `services/${name}/src/main.ts`, await freePort(), { SQLITE_DIR: dir, MYSQL_URL: '' });
  let gateway: ServiceProcess | undefined;
  const rows: string[] = [];
  try {
    await Promise.all(Object.values(subgraphs).map((service) => waitUntilHealthy(service)));
    for (const breaker of ['on', 'off'] as const) {
      gateway = spawnService('gateway', 'gateway/src/main.ts', await freePort(), {
        ...Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_URL`, subgraphs[name].url])),
        CIRCUIT_BREAKER_FAILURES: breaker === 'on' ? '5' : '0',
      });
      await waitUntilHealthy(gateway);
      for (const phase of ['all up', 'programmes hung'] as const) {
        if (phase === 'programmes hung') subgraphs.programmes.signal('SIGSTOP');
        // Measured once the processes are warm and, when hung, once the gateway has seen the time-outs (its circuit open).
        const warmSeconds = phase === 'programmes hung' ? TIME_LIMIT_MS / 1000 + 3 : 3;
        console.log(`[faults] breaker ${breaker}, ${phase}: ${warmSeconds} s of the same load first, not measured`);
        await Promise.all([load(gateway.url, OTHERS, othersRate, warmSeconds), load(gateway.url, MIXED, mixedRate, warmSeconds)]);
        console.log(`[faults] breaker ${breaker}, ${phase}: ${durationSeconds} s at ${othersRate} + ${mixedRate} requests/s`);
        const [others, mixed] = await Promise.all([load(gateway.url, OTHERS, othersRate), load(gateway.url, MIXED, mixedRate)]);
        if (phase === 'programmes hung') subgraphs.programmes.signal('SIGCONT');
        rows.push(row(`breaker ${breaker}`, phase, 'others only', others), row(`breaker ${breaker}`, phase, 'needs programmes', mixed));
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
      await killService(gateway);
    }
  } finally {
    if (gateway) await killService(gateway);
    await Promise.all(Object.values(subgraphs).map(killService));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nSubgraph time limit ${TIME_LIMIT_MS} ms; open-loop load, latency in ms\n` +
      `| breaker | programmes | query | rps | p50 | p99 | max | partial answers |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}`,
  );
}

function row(breaker: string, phase: string, query: string, f: Figures): string {
  return `| ${breaker.replace('breaker ', '')} | ${phase === 'all up' ? 'up' : 'hung'} | ${query} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.max} | ${f.partial} of ${f.requests} |`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
