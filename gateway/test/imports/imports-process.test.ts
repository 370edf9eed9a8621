import { freePort, killService, spawnService, waitUntilHealthy, type ServiceProcess } from '@passerelle/testing';
import { startGatewayOver, startGraph, type RunningGraph } from '../support/graph';
import { importFixture, reportOf } from '../support/imports';
import { ChildProcesses, exitOf, Output, spawnFromSources } from '../support/processes';

describe('the imports process, started from its environment as npm start and the containers start it', () => {
  let graph: RunningGraph;
  let imports: ServiceProcess;
  beforeAll(async () => {
    graph = await startGraph();
    imports = spawnService('imports', 'services/imports/src/main.ts', await freePort(), {
      ORGANISATIONS_URL: graph.subgraphs.organisations.url,
      OFFERS_URL: graph.subgraphs.offers.url,
      PROGRAMMES_URL: graph.subgraphs.programmes.url,
    });
    await waitUntilHealthy(imports);
  }, 120_000);
  afterAll(async () => {
    await killService(imports);
    await graph.stop();
  });

  it('answers /ready with nothing to wait for, and /metrics', async () => {
    const ready = await fetch(`http://127.0.0.1:${imports.port}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: {} });
    const metrics = await fetch(`http://127.0.0.1:${imports.port}/metrics`);
    expect(await metrics.text()).toContain('imports');
  });

  it('imports a document through a gateway in front of it, reaching the owners where its environment says', async () => {
    const gateway = await startGatewayOver(graph, { imports: imports.url });
    try {
      const report = await reportOf(gateway.url, 'IATI_ACTIVITIES', importFixture('iati-two-activities.xml'), { dryRun: true });
      expect(report).toMatchObject({ dryRun: true, applied: false, refused: 0 });
      expect(report.records.length).toBe(10);
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to start on an invalid setting, naming it', async () => {
    const children = new ChildProcesses();
    const child = children.track(
      spawnFromSources('services/imports/src/main.ts', {
        env: { PATH: process.env.PATH, IMPORT_MAX_BYTES: 'lots', PORT: '0' },
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    const stderr = new Output(child.stderr);
    expect(await exitOf(child)).toEqual({ code: 1, signal: null });
    expect(stderr.text).toContain('IMPORT_MAX_BYTES: expected a positive whole number, got "lots"');
  });
});
