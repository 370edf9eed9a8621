import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StdioOptions } from 'node:child_process';
import { spawnFromSources } from './processes';

/** A subgraph stand-in that answers every request after `delayMs`, with an empty result. */
export function slowSubgraph(delayMs: number): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { organisation: null } }));
    }, delayMs);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The gateway process, from sources, in development, with every subgraph at `subgraph`'s URL. */
export function spawnGateway(port: number, subgraph: http.Server, env: Record<string, string>, stdio: StdioOptions = 'ignore') {
  const subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  return spawnFromSources('gateway/src/main.ts', {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      NODE_ENV: 'development',
      ...env,
      ORGANISATIONS_URL: subgraphUrl,
      OFFERS_URL: subgraphUrl,
      PROGRAMMES_URL: subgraphUrl,
      IMPORTS_URL: subgraphUrl,
    },
    stdio,
  });
}
