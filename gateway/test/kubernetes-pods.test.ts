import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_JWT_SECRET } from '@passerelle/testing';
import { render, type KubernetesObject } from './support/kubernetes';
import { ChildProcesses, freePort, spawnFromSources, waitForHealth } from './support/processes';

interface Container {
  command: string[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { key: string } } }[];
  livenessProbe: { httpGet: { path: string } };
  readinessProbe: { httpGet: { path: string } };
}

// What the operator puts in the Secret; without MYSQL_URL the subgraph keeps to its SQLite file.
const SECRET: Record<string, string> = { JWT_SECRET: TEST_JWT_SECRET };

/** A pod's process, from sources, with the environment its Deployment gives it and a free port. */
function podOf(objects: KubernetesObject[], name: string) {
  const deployment = objects.find((object) => object.kind === 'Deployment' && object.metadata.name === name) as KubernetesObject & {
    spec: { template: { spec: { containers: Container[] } } };
  };
  const configMap = objects.find((object) => object.kind === 'ConfigMap') as KubernetesObject & { data: Record<string, string> };
  const container = deployment.spec.template.spec.containers[0]!;
  const env: Record<string, string> = { ...configMap.data };
  for (const variable of container.env) {
    const value = variable.value ?? SECRET[variable.valueFrom?.secretKeyRef?.key ?? ''];
    if (value !== undefined) env[variable.name] = value;
  }
  const entry = container.command[1]!.replace('/dist/main.js', '/src/main.ts');
  return { env, entry, liveness: container.livenessProbe.httpGet.path, readiness: container.readinessProbe.httpGet.path };
}

describe('a pod started from the rendered manifests', () => {
  const children = new ChildProcesses();
  const sqliteDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-k8s-'));
  afterEach(() => children.killAll());
  afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

  async function start(overlay: string, name: string) {
    const pod = podOf(render(overlay), name);
    const port = await freePort();
    const env = { PATH: process.env.PATH, ...pod.env, PORT: String(port), SQLITE_DIR: sqliteDir, LOG_LEVEL: 'silent' };
    const child = children.track(spawnFromSources(pod.entry, { env }));
    await waitForHealth(port, child, name, 60_000);
    const probe = async (probePath: string) => (await fetch(`http://127.0.0.1:${port}${probePath}`)).status;
    return {
      liveness: await probe(pod.liveness),
      readiness: await probe(pod.readiness),
      body: await (await fetch(`http://127.0.0.1:${port}${pod.readiness}`)).json(),
    };
  }

  it.each([
    ['dev', 'organisations'],
    ['production', 'organisations'],
    ['production', 'offers'],
  ])('%s: %s starts with its settings, alive and ready on its probes', async (overlay, name) => {
    const pod = await start(overlay, name);
    expect([pod.liveness, pod.readiness]).toEqual([200, 200]);
  });

  // production's: RESPONSE_CACHE=redis with the redis Service's REDIS_URL, unreachable here, so without the cache
  it.each(['dev', 'production'])(
    '%s: the gateway starts with its settings, alive, and not ready while its subgraphs are not',
    async (overlay) => {
      const pod = await start(overlay, 'gateway');
      expect([pod.liveness, pod.readiness]).toEqual([200, 503]);
      expect(pod.body).toMatchObject({ checks: { organisations: false, offers: false, programmes: false } });
    },
  );
});
