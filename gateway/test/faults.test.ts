import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graphql, type GraphQLResponse } from '@passerelle/testing';
import { startGateway } from '../src/gateway';
import { startGraph, testGatewayOptions } from './support/graph';

/** Two root fields from two subgraphs: one can fail while the other answers. */
const ACROSS_TWO_SUBGRAPHS = `{ organisations(first: 1) { totalCount } offer(id: "no-such-offer") { id } }`;

async function closedPortUrl(): Promise<string> {
  const server = http.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

const guide = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
const downSection = guide.slice(guide.indexOf('## When a subgraph is down'));

describe('failure isolation', () => {
  it('answers the operations guide’s example with the programmes subgraph down as the guide shows it', async () => {
    const query = /```graphql\n([\s\S]*?)```/.exec(downSection)![1]!;
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(downSection)![1]!) as GraphQLResponse;
    const graph = await startGraph({ production: true });
    try {
      await graph.stopSubgraph('programmes');
      const response = await graphql(graph.url, query);
      expect(response.data).toEqual(shown.data);
      expect(response.errors).toEqual(
        shown.errors!.map((error) => ({ ...error, extensions: { ...error.extensions, requestId: expect.any(String) } })),
      );
    } finally {
      await graph.stop();
    }
  });

  it('starts with every subgraph down, says which in /ready, and answers coded errors', async () => {
    const subgraphUrls = {
      organisations: await closedPortUrl(),
      offers: await closedPortUrl(),
      programmes: await closedPortUrl(),
      imports: await closedPortUrl(),
    };
    const gateway = await startGateway(testGatewayOptions({ production: true, subgraphUrls, corsOrigins: [] }));
    try {
      const ready = await fetch(new URL('/ready', gateway.url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({
        status: 'degraded',
        checks: { organisations: false, offers: false, programmes: false, imports: false },
        circuits: { organisations: 'closed', offers: 'closed', programmes: 'closed', imports: 'closed' },
      });
      const response = await graphql(
        gateway.url,
        `
          {
            organisation(id: "undp") {
              id
            }
          }
        `,
      );
      expect(response.data).toEqual({ organisation: null });
      expect(response.errors).toEqual([
        {
          message: 'The organisations service is unavailable',
          path: ['organisation'],
          extensions: { code: 'SERVICE_UNAVAILABLE', service: 'organisations', requestId: expect.any(String) },
        },
      ]);
      expect(JSON.stringify(response)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    } finally {
      await gateway.stop();
    }
  });

  it('gives up on a subgraph that does not answer in time, and answers the rest', async () => {
    const hanging = http.createServer(() => {
      // accepts the request and never answers
    });
    hanging.listen(0, '127.0.0.1');
    await new Promise((resolve) => hanging.once('listening', resolve));
    const graph = await startGraph({ subgraphTimeoutMs: 300 });
    const slowGateway = await startGateway(
      testGatewayOptions({
        production: true,
        corsOrigins: [],
        subgraphTimeoutMs: 300,
        subgraphUrls: {
          organisations: graph.subgraphs.organisations.url,
          offers: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`,
          programmes: graph.subgraphs.programmes.url,
        },
      }),
    );
    try {
      const started = Date.now();
      const response = await graphql<{ organisations: { totalCount: number } }>(slowGateway.url, ACROSS_TWO_SUBGRAPHS);
      const elapsed = Date.now() - started;
      console.log(`slow subgraph: partial answer after ${elapsed} ms with a 300 ms subgraph time limit`);
      expect(elapsed).toBeLessThan(3000);
      expect(response.data?.organisations.totalCount).toBeGreaterThan(0);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(response.errors?.[0]?.message).toBe('The offers service did not answer in time');
    } finally {
      await slowGateway.stop();
      await graph.stop();
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('keeps answering with partial data while a subgraph is killed under load, and recovers without a restart', async () => {
    // Once it is back, the open circuit lets a probe through after its half-open delay, and closes.
    const halfOpenAfterMs = 300;
    const graph = await startGraph({ production: true, circuitBreaker: { failuresToOpen: 5, halfOpenAfterMs } });
    type Outcome = 'full' | 'partial' | 'failed' | 'otherErrors';
    const results: { startedAt: number; endedAt: number; outcome: Outcome }[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const startedAt = performance.now();
        let outcome: Outcome;
        try {
          const response = await graphql<{ organisations: { totalCount: number } | null }>(graph.url, ACROSS_TWO_SUBGRAPHS);
          const codes = (response.errors ?? []).map((error) => error.extensions?.code);
          if (response.status !== 200 || !response.data?.organisations) outcome = 'failed';
          else if (codes.length === 0) outcome = 'full';
          else if (codes.every((code) => code === 'SERVICE_UNAVAILABLE')) outcome = 'partial';
          else outcome = 'otherErrors';
        } catch {
          outcome = 'failed';
        }
        results.push({ startedAt, endedAt: performance.now(), outcome });
      }
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const workers = Array.from({ length: 8 }, worker);
    const marks: Record<string, number> = {};
    try {
      await pause(500);
      marks.stopping = performance.now();
      await graph.stopSubgraph('offers');
      marks.down = performance.now();
      await pause(1000);
      marks.restarting = performance.now();
      await graph.restartSubgraph('offers');
      marks.up = performance.now();
      await pause(halfOpenAfterMs + 1000);
    } finally {
      running = false;
      await Promise.all(workers);
      await graph.stop();
    }
    // Each request counts in the phase it lived in from start to end.
    const phase = (from: number, to: number) => {
      const tally: Record<Outcome, number> = { full: 0, partial: 0, failed: 0, otherErrors: 0 };
      for (const result of results) if (result.startedAt >= from && result.endedAt <= to) tally[result.outcome] += 1;
      return tally;
    };
    const phases = {
      before: phase(0, marks.stopping),
      'offers down': phase(marks.down, marks.restarting),
      'after restart': phase(marks.up + halfOpenAfterMs + 200, Infinity),
    };
    console.log(`subgraph killed under load (8 concurrent clients), ${results.length} requests: ${JSON.stringify(phases)}`);
    expect(results.filter((result) => result.outcome === 'failed' || result.outcome === 'otherErrors')).toEqual([]);
    expect(phases.before.full).toBeGreaterThan(0);
    expect(phases.before.partial).toBe(0);
    expect(phases['offers down'].partial).toBeGreaterThan(0);
    expect(phases['offers down'].full).toBe(0);
    expect(phases['after restart'].full).toBeGreaterThan(0);
    expect(phases['after restart'].partial).toBe(0);
  });
});
