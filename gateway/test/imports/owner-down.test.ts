import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql } from '@passerelle/testing';
import { launchStatelessSubgraph, type SubgraphServer } from '@passerelle/subgraph-kit';
import { importsSubgraph } from '@passerelle/imports';
import { silentLogger } from '@passerelle/testing';
import { developmentAuthenticator, startGatewayOver, startGraph, type RunningGraph } from '../support/graph';
import { importFixture, importThrough, ownersSnapshot, reportOf } from '../support/imports';

const IATI = importFixture('iati-two-activities.xml');

/**
 * A programmes service that answers its dry run and is gone when the import is written: a
 * proxy that passes on requests asking for a dry run and drops the connection of any other.
 */
async function goneAfterItsDryRun(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (!body.includes('"dryRun":true')) return req.socket.destroy();
      fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '' },
        body,
      })
        .then(async (answer) => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text()))
        .catch(() => req.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('an owner service down during an import', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  }, 120_000);
  afterAll(() => graph.stop());

  it('while the owners check the document: SERVICE_UNAVAILABLE naming it, and nothing written anywhere', async () => {
    const before = await ownersSnapshot(graph);
    await graph.stopSubgraph('programmes');
    try {
      const response = await importThrough(graph.url, 'IATI_ACTIVITIES', IATI);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/programmes service is unreachable.*Nothing was written/),
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'programmes' },
      });
      // a production gateway passes the code, the owner's name and the message on
      const production = await startGatewayOver(graph, {}, { production: true });
      try {
        const masked = await importThrough(production.url, 'IATI_ACTIVITIES', IATI);
        expect(masked.errors?.[0]).toMatchObject({
          message: response.errors![0]!.message,
          extensions: { code: 'SERVICE_UNAVAILABLE', service: 'programmes' },
        });
      } finally {
        await production.stop();
      }
    } finally {
      await graph.restartSubgraph('programmes');
    }
    expect(await ownersSnapshot(graph)).toEqual(before);
  });

  it('while the import is written: the error names it and says what was written; importing again completes it', async () => {
    const programmesBefore = (await ownersSnapshot(graph)).programmes;
    const proxy = await goneAfterItsDryRun(graph.subgraphs.programmes.url);
    let imports: SubgraphServer | undefined;
    let gateway: Awaited<ReturnType<typeof startGatewayOver>> | undefined;
    try {
      imports = await launchStatelessSubgraph(importsSubgraph, {
        port: 0,
        production: false,
        logger: silentLogger,
        authenticate: developmentAuthenticator,
        env: { ORGANISATIONS_URL: graph.subgraphs.organisations.url, OFFERS_URL: graph.subgraphs.offers.url, PROGRAMMES_URL: proxy.url },
      });
      gateway = await startGatewayOver(graph, { imports: imports.url });
      const response = await importThrough(gateway.url, 'IATI_ACTIVITIES', IATI);
      expect(response.data).toBeNull();
      const error = response.errors![0]!;
      expect(error).toMatchObject({
        message: expect.stringMatching(
          /programmes service is unreachable.*The organisations records were written .*importing the document again is safe/,
        ),
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'programmes' },
      });
      const partial = (error.extensions as { report: { applied: boolean; records: { type: string; id: string | null }[] } }).report;
      expect(partial.applied).toBe(true);
      expect(partial.records.map((record) => record.type)).toEqual(['ORGANISATION', 'ORGANISATION', 'ORGANISATION']);
      expect(partial.records.every((record) => record.id !== null)).toBe(true);
    } finally {
      await gateway?.stop();
      await imports?.stop();
      await proxy.close();
    }
    expect((await ownersSnapshot(graph)).programmes).toEqual(programmesBefore);

    const rerun = await reportOf(graph.url, 'IATI_ACTIVITIES', IATI);
    expect(rerun.applied).toBe(true);
    expect(rerun.records.filter((record) => record.type === 'ORGANISATION').map((record) => record.outcome)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
    ]);
    expect(rerun.records.filter((record) => record.type !== 'ORGANISATION').every((record) => record.outcome === 'CREATED')).toBe(true);
    const programme = rerun.records.find((record) => record.type === 'PROGRAMME')!;
    const read = await graphql<{ programme: { name: string } }>(graph.url, 'query ($id: ID!) { programme(id: $id) { name } }', {
      id: programme.id,
    });
    expect(read.data!.programme.name).toEqual(expect.any(String));
  });
});
