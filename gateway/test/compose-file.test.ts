import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { ROOT } from './support/processes';

interface ComposeService {
  build?: unknown;
  restart?: string;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, unknown>;
  environment?: Record<string, string>;
}

// No Docker engine here or in CI: the file is read as compose reads it (YAML merge keys included).
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = Object.entries(compose.services);
const ourProcesses = services.filter(([, service]) => service.build !== undefined);
const HEALTHCHECK = 'infra/docker/healthcheck.js';

/** Runs the containers' health check against a stand-in whose /ready answers `status`. */
async function healthCheckExitCode(status: number): Promise<number> {
  const server = http.createServer((req, res) => res.writeHead(req.url === '/ready' ? status : 404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = String((server.address() as AddressInfo).port);
    await promisify(execFile)(process.execPath, [path.join(ROOT, HEALTHCHECK)], { env: { PORT: port } });
    return 0;
  } catch (error) {
    return (error as { code: number }).code;
  } finally {
    server.close();
  }
}

describe('docker-compose.yml', () => {
  it('runs the gateway and the four subgraphs from the project’s image', () => {
    expect(ourProcesses.map(([name]) => name).sort()).toEqual(['gateway', 'imports', 'offers', 'organisations', 'programmes']);
  });

  it('points the imports subgraph and the gateway at the subgraphs by their service names', () => {
    const urls = (name: string) => Object.entries(compose.services[name]!.environment!).filter(([variable]) => variable.endsWith('_URL'));
    const owners = [
      ['ORGANISATIONS_URL', 'http://organisations:4001/graphql'],
      ['OFFERS_URL', 'http://offers:4002/graphql'],
      ['PROGRAMMES_URL', 'http://programmes:4003/graphql'],
    ];
    expect(urls('imports')).toEqual(owners);
    expect(urls('gateway')).toEqual([...owners, ['IMPORTS_URL', 'http://imports:4004/graphql']]);
  });

  it.each(services.map(([name]) => name))('restarts %s whenever it stops', (name) => {
    expect(['unless-stopped', 'always', 'on-failure']).toContain(compose.services[name]!.restart);
  });

  it.each(ourProcesses.map(([name]) => name))('checks that %s is ready, on its own port', (name) => {
    const service = compose.services[name]!;
    expect(service.healthcheck?.test).toEqual(['CMD', 'node', HEALTHCHECK]);
    expect(service.environment?.PORT).toMatch(/^\d+$/);
  });

  it('has a health check that passes when /ready answers 200 and fails when it answers 503', async () => {
    expect(await healthCheckExitCode(200)).toBe(0);
    expect(await healthCheckExitCode(503)).toBe(1);
  });

  it('puts the health check into the image', () => {
    const dockerfile = readFileSync(path.join(ROOT, 'infra', 'docker', 'Dockerfile'), 'utf8');
    const finalStage = dockerfile.split(/^FROM /m).at(-1)!;
    expect(finalStage).toMatch(new RegExp(`^COPY ${HEALTHCHECK} `, 'm'));
  });

  it('starts the gateway without waiting on its subgraphs', () => {
    const subgraphs = ourProcesses.map(([name]) => name).filter((name) => name !== 'gateway');
    const awaited = Object.keys(compose.services.gateway!.depends_on ?? {});
    expect(awaited.filter((name) => subgraphs.includes(name))).toEqual([]);
  });

  it('gives every process of the graph a JWT_SECRET, which production requires', () => {
    for (const [name, service] of ourProcesses) {
      expect({ name, NODE_ENV: service.environment?.NODE_ENV, JWT_SECRET: service.environment?.JWT_SECRET }).toEqual({
        name,
        NODE_ENV: 'production',
        JWT_SECRET: expect.stringMatching(/^\$\{JWT_SECRET:\?/),
      });
    }
  });
});
