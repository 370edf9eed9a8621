import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintToken } from '@passerelle/auth';
import { graphql } from '@passerelle/testing';
import type { RunningGateway } from '../src/gateway';
import { startGatewayOver, startGraph, type RunningGraph } from './support/graph';

/** Queries wait this long in the proxy, so that the requests a test sends at once overlap there. */
const QUERY_DELAY_MS = 1500;

/** A proxy in front of a real subgraph that holds each query's answer a while (mutations pass at once) and counts the queries. */
async function slowProxy(target: string): Promise<{ url: string; queries: () => number; close(): Promise<void> }> {
  let queries = 0;
  const server = // a failed answer is an unhandled rejection, which fails the test
    http.createServer(
      (req, res) =>
        void (async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          const body = Buffer.concat(chunks).toString();
          const isQuery = !(JSON.parse(body) as { query: string }).query.startsWith('mutation');
          if (isQuery) queries += 1;
          const answer = await fetch(target, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
            body,
          });
          const text = await answer.text();
          // the subgraph has read its data: only the answer is late
          if (isQuery) await new Promise((resolve) => setTimeout(resolve, QUERY_DELAY_MS));
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
        })(),
    );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    queries: () => queries,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const UNOPS = /* GraphQL */ `
  {
    organisation(id: "unops") {
      name
      acronym
      version
    }
  }
`;
type Unops = { organisation: { name: string; acronym: string; version: number } };

describe('identical subgraph fetches in flight share one request', () => {
  let graph: RunningGraph;
  let proxy: Awaited<ReturnType<typeof slowProxy>>;
  const gateways: RunningGateway[] = [];

  /** A gateway whose fetches to the organisations subgraph go through the proxy. */
  const gatewayThroughProxy = async (deduplicateFetches = true) => {
    const gateway = await startGatewayOver(graph, { organisations: proxy.url }, { deduplicateFetches });
    gateways.push(gateway);
    return gateway.url;
  };
  const sharedCount = async (url: string) => {
    const metrics = await (await fetch(new URL('/metrics', url))).text();
    return Number(/passerelle_subgraph_fetches_shared_total\{[^}]*subgraph="organisations"[^}]*\} (\d+)/.exec(metrics)?.[1] ?? 0);
  };
  const tokenFor = async (subject: string) => ({ authorization: `Bearer ${await mintToken({ subject, roles: ['admin'] })}` });

  beforeAll(async () => {
    graph = await startGraph();
    proxy = await slowProxy(graph.subgraphs.organisations.url);
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await proxy.close();
    await graph.stop();
  });

  it('answers ten visitors asking the same thing at once with one request to the subgraph, each the full answer', async () => {
    const url = await gatewayThroughProxy();
    const before = proxy.queries();
    const answers = await Promise.all(Array.from({ length: 10 }, () => graphql<Unops>(url, UNOPS)));
    expect(answers.map((answer) => answer.data?.organisation.acronym)).toEqual(Array(10).fill('UNOPS'));
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(proxy.queries() - before).toBe(1);
    expect(await sharedCount(url)).toBe(9);
  });

  it('never shares between callers with different tokens', async () => {
    const url = await gatewayThroughProxy();
    const before = proxy.queries();
    const headers = await Promise.all(['a', 'b', 'c'].map(tokenFor));
    const answers = await Promise.all(headers.map((caller) => graphql<Unops>(url, UNOPS, {}, caller)));
    expect(answers.map((answer) => answer.data?.organisation.acronym)).toEqual(['UNOPS', 'UNOPS', 'UNOPS']);
    expect(proxy.queries() - before).toBe(3);
  });

  it('sends every fetch on its own with DEDUPLICATE_SUBGRAPH_FETCHES off', async () => {
    const url = await gatewayThroughProxy(false);
    const before = proxy.queries();
    await Promise.all(Array.from({ length: 4 }, () => graphql<Unops>(url, UNOPS)));
    expect(proxy.queries() - before).toBe(4);
  });

  it('does not hand a read begun after a write the answer of a fetch begun before it', async () => {
    const url = await gatewayThroughProxy();
    const admin = await tokenFor('writer');
    const current = (await graphql<Unops>(graph.url, UNOPS)).data!.organisation;
    const before = proxy.queries();
    const earlier = graphql<Unops>(url, UNOPS);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const written = await graphql<{ updateOrganisation: { acronym: string } }>(
      url,
      /* GraphQL */ `
        mutation ($version: Int!) {
          updateOrganisation(id: "unops", input: { acronym: "UNOPS-W" }, expectedVersion: $version) {
            acronym
          }
        }
      `,
      { version: current.version },
      admin,
    );
    expect(written.errors).toBeUndefined();
    const later = await graphql<Unops>(url, UNOPS);
    expect(later.data?.organisation.acronym).toBe('UNOPS-W');
    expect((await earlier).data?.organisation.acronym).toBe('UNOPS');
    expect(proxy.queries() - before).toBe(2);
  });
});
