import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { graphql } from '@passerelle/testing';
import { startGraph, type RunningGraph } from './support/graph';
import { ChildProcesses, freePort, Output, ROOT } from './support/processes';

/** Hive Gateway comes with the benchmark's own install (`npm run bench` installs it), or the root's. */
const HIVE_GATEWAY_BIN = [path.join(ROOT, 'infra', 'bench', 'node_modules'), path.join(ROOT, 'node_modules')]
  .map((modules) => path.join(modules, '@graphql-hive', 'gateway', 'dist', 'bin.js'))
  .find((bin) => existsSync(bin));

const QUERY = `query OfferWithEmployer { offer(id: "undp-stabilisation-coordination-2020") { title deadline organisation { name } programmes { acronym } } }`;

const children = new ChildProcesses();

/**
 * The committed supergraph served unchanged by another gateway, the subgraphs' URLs set by
 * its configuration (infra/gateways/) from the same variables Passerelle's gateway reads.
 */
describe('another gateway serving the committed supergraph unchanged', () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(async () => {
    await children.killAll();
    await graph.stop();
  });

  it('Hive Gateway, its subgraph URLs from ORGANISATIONS_URL, OFFERS_URL and PROGRAMMES_URL, answers as Passerelle does', async () => {
    if (!HIVE_GATEWAY_BIN) throw new Error('Hive Gateway is not installed: `npm run bench:install` installs the benchmark’s gateways');
    const port = await freePort();
    const hive = children.track(
      spawn(
        process.execPath,
        [
          HIVE_GATEWAY_BIN,
          'supergraph',
          'gateway/supergraph.graphql',
          '--config-path',
          'infra/gateways/hive-gateway.config.mjs',
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
        ],
        {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH,
            ORGANISATIONS_URL: graph.subgraphs.organisations.url,
            OFFERS_URL: graph.subgraphs.offers.url,
            PROGRAMMES_URL: graph.subgraphs.programmes.url,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    const output = new Output(hive.stdout);
    const errors = new Output(hive.stderr);
    const url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 60_000;
    let answer = await graphql(url, QUERY).catch(() => undefined);
    while (!answer?.data && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      answer = await graphql(url, QUERY).catch(() => undefined);
    }
    const ours = await graphql(graph.url, QUERY);
    expect(ours.data).toBeTruthy();
    if (!answer) throw new Error(`Hive Gateway did not answer:\n${output.text}\n${errors.text}`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(ours.data);
  }, 90_000);
});
