import path from 'node:path';
import { ChildProcesses, freePort, jsonLines, Output, spawnFromSources, waitForHealth } from './support/processes';

const RECORD_CONNECTIONS = path.join(__dirname, 'support', 'outbound-connections.cjs');
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

const children = new ChildProcesses();
afterAll(() => children.killAll());

/** Where a gateway started from its environment connects while it starts and answers one query (its subgraphs are down). */
async function destinationsOfGatewayWith(env: Record<string, string>): Promise<string[]> {
  const port = await freePort();
  const gateway = children.track(
    spawnFromSources('gateway/src/main.ts', {
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      preload: [RECORD_CONNECTIONS],
    }),
  );
  const stderr = new Output(gateway.stderr);
  await waitForHealth(port, gateway);
  await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
  });
  // what a gateway does in the background at start-up has had time to begin
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return jsonLines(stderr).flatMap((line) => (typeof line.outboundConnection === 'string' ? [line.outboundConnection] : []));
}

const hostOf = (destination: string) => destination.slice(0, destination.lastIndexOf(':'));

describe('the gateway calls nobody but its own graph', () => {
  it('connects only to its subgraphs on loopback, with nothing set: no cloud metadata probe, no usage data sent to Apollo', async () => {
    const destinations = await destinationsOfGatewayWith({});
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((destination) => !LOOPBACK.has(hostOf(destination)))).toEqual([]);
  }, 120_000);

  it("lets Apollo Gateway's telemetry start when an operator opts in with Apollo's own variable: it probes the cloud metadata endpoint first", async () => {
    const destinations = await destinationsOfGatewayWith({ APOLLO_TELEMETRY_DISABLED: 'false' });
    expect(destinations.map(hostOf)).toContain('169.254.169.254');
  }, 120_000);
});
