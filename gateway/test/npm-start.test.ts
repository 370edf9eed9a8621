import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEVELOPMENT_SECRET, mintToken } from '@passerelle/auth';
import { subgraphSettings } from '@passerelle/config';
import { importsSettings } from '@passerelle/imports';
import { graphql } from '@passerelle/testing';
import { gatewaySettings } from '../src/config';
import { ChildProcesses, exitOf, freePort, Output, ROOT } from './support/processes';
import { SANDBOX_ORIGIN, sandboxIntrospection, sandboxPreflight, typeDescriptions } from './support/sandbox';

/**
 * The graph as a developer runs it: `npm start` itself, build included, because the README gives
 * that command and its turbo line is part of the path. The build is bounded: about 1 s when
 * turbo's cache holds it, about 35 s from a clean clone on a 2-core machine (less in CI, whose
 * typecheck step has built the packages already). Ports come from the OS through the *_PORT
 * variables start.js reads, and the SQLite files go to a temporary folder, so a developer's
 * running graph is never in the way.
 */
const START_TIMEOUT_MS = 240_000;

const graphVariables = Object.keys({ ...gatewaySettings, ...subgraphSettings(0), ...importsSettings });

/** The test runner's environment without anything the graph reads (jest sets NODE_ENV=test, CI sets MYSQL_URL). */
function environmentOfADeveloper(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !graphVariables.includes(name)));
}

/** `pid command` of every process still in the graph's process group (npm, sh, start.js and its children). */
function processesOf(group: ChildProcess): string[] {
  try {
    return execFileSync('pgrep', ['-a', '-g', String(group.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** The node process running `script` (not the shell whose command line ends with it). */
function pidRunning(group: ChildProcess, script: string): number {
  const line = processesOf(group).find((candidate) => {
    const [, command, ...args] = candidate.split(' ');
    return path.basename(command ?? '') === 'node' && args.at(-1)?.endsWith(script);
  });
  if (!line) throw new Error(`no process runs ${script}:\n${processesOf(group).join('\n')}`);
  return Number(line.split(' ')[0]);
}

async function eventually<T>(attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('npm start', () => {
  const children = new ChildProcesses();
  const sqliteDir = mkdtempSync(path.join(os.tmpdir(), 'passerelle-npm-start-'));
  const ports: Record<string, number> = {};
  let npmStart: ChildProcess;
  let stdout: Output;
  let stderr: Output;
  let gatewayUrl: string;

  beforeAll(async () => {
    for (const name of ['GATEWAY', 'ORGANISATIONS', 'OFFERS', 'PROGRAMMES', 'IMPORTS']) ports[name] = await freePort();
    // detached: npm leads a process group of its own, which afterAll kills whole even if a test failed
    npmStart = children.track(
      spawn('npm', ['start'], {
        cwd: ROOT,
        env: {
          ...environmentOfADeveloper(),
          SQLITE_DIR: sqliteDir,
          ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name}_PORT`, String(port)])),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      }),
      { group: true },
    );
    stdout = new Output(npmStart.stdout);
    stderr = new Output(npmStart.stderr);
    await stdout
      .waitForLine((line) => line === 'Press Ctrl-C to stop.', npmStart, START_TIMEOUT_MS)
      .catch((error: Error) => {
        throw new Error(`${error.message}\nstderr:\n${stderr.text}`);
      });
    gatewayUrl = `http://localhost:${ports.GATEWAY}/graphql`;
  }, START_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    await children.killAll();
    rmSync(sqliteDir, { recursive: true, force: true });
  });

  it('prints the lines of the README’s quick start, with the ports it was given', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const documented = readme.split('When the graph is up it prints:')[1]!.split('```')[1]!.split('\n').filter(Boolean);
    const defaultPorts: Record<string, string> = {
      4000: 'GATEWAY',
      4001: 'ORGANISATIONS',
      4002: 'OFFERS',
      4003: 'PROGRAMMES',
      4004: 'IMPORTS',
    };
    const expected = documented.map((line) =>
      line.replace(/localhost:(400\d)/, (_, port: string) => `localhost:${ports[defaultPorts[port]!]}`),
    );
    const lines = stdout.lines();
    const printedByStartJs = lines.slice(lines.findIndex((line) => line.startsWith('Starting Passerelle')) + 1);
    expect(printedByStartJs.filter((line) => !line.startsWith('{'))).toEqual([...expected, 'Press Ctrl-C to stop.']);
  });

  it('serves Apollo Sandbox: its landing page, its CORS preflight and its introspection query', async () => {
    const landing = await fetch(gatewayUrl, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('embeddable-sandbox');

    const preflight = await sandboxPreflight(gatewayUrl);
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries(preflight.headers)).toMatchObject({
      'access-control-allow-origin': SANDBOX_ORIGIN,
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': 'authorization,content-type',
      'access-control-allow-credentials': 'true',
    });

    const { response, body } = await sandboxIntrospection(gatewayUrl);
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('access-control-allow-origin')).toBe(SANDBOX_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(typeDescriptions(body.data)).toMatchObject({
      Offer: expect.stringMatching(/job posting/i),
      Organisation: expect.stringMatching(/organisation/i),
      Programme: expect.stringMatching(/programme|strategy|fund/i),
    });
  });

  it('answers a job board’s page of 50 offers, with its cost under the documented limit, and refuses nested pages by their cost', async () => {
    const page = await graphql(gatewayUrl, readFileSync(path.join(ROOT, 'gateway', 'corpus', 'job-board-page-50.graphql'), 'utf8'));
    expect(page.errors).toBeUndefined();
    expect(page.extensions).toEqual({ cost: { estimated: 902, actual: expect.any(Number), limit: 20_000 } });
    const nested = await graphql(gatewayUrl, readFileSync(path.join(ROOT, 'gateway', 'corpus', 'nested-pages-variables.graphql'), 'utf8'), {
      organisations: 100,
      offers: 100,
    });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { limit: 20_000 } });
  });

  it('runs the imports subgraph from its environment, which reaches the other subgraphs with the caller’s token', async () => {
    const importing =
      'mutation ($content: String!) { importDocument(format: RELIEFWEB_SOURCES, content: $content, dryRun: true) { applied records { key outcome organisation { name } } } }';
    const content = JSON.stringify({ data: [] });
    const anonymous = await graphql(gatewayUrl, importing, { content });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const token = await mintToken({ subject: 'npm-start', roles: ['admin'], organisationIds: [], secret: DEVELOPMENT_SECRET });
    const admin = await graphql(gatewayUrl, importing, { content }, { authorization: `Bearer ${token}` });
    expect(admin.errors).toBeUndefined();
    expect(admin.data).toEqual({ importDocument: { applied: false, records: [] } });
  });

  it('restarts a subgraph killed with SIGKILL, which answers through the gateway again with nobody acting', async () => {
    const query = '{ programme(id: "fcs") { acronym } }';
    const victim = pidRunning(npmStart, 'services/programmes/dist/main.js');
    process.kill(victim, 'SIGKILL');

    const whileDown = await graphql(gatewayUrl, query);
    expect(whileDown.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'programmes' });
    const answer = await eventually(async () => {
      const response = await graphql(gatewayUrl, query);
      return response.errors ? undefined : response.data;
    }, 30_000);
    expect(answer).toEqual({ programme: { acronym: 'FCS' } });
    expect(pidRunning(npmStart, 'services/programmes/dist/main.js')).not.toBe(victim);
    expect(stderr.lines()).toContain('programmes stopped unexpectedly (SIGKILL); restarting it in 0.5 s.');
    // start.js polls /health, so it may say so a moment after the gateway reached the subgraph
    const restarted = `programmes restarted: http://localhost:${ports.PROGRAMMES}/graphql`;
    await stderr.waitForLine((line) => line === restarted, npmStart, 5_000);
  }, 40_000);

  it('stops every process of the graph on SIGINT, then exits 0', async () => {
    expect(processesOf(npmStart).filter((line) => line.endsWith('/dist/main.js'))).toHaveLength(5);
    // Only start.js is signalled: a terminal's Ctrl-C reaches every process of the group, which
    // would stop the children by itself and hide whether start.js stops them.
    process.kill(pidRunning(npmStart, 'infra/scripts/start.js'), 'SIGINT');
    expect(await exitOf(npmStart)).toEqual({ code: 0, signal: null });
    expect(processesOf(npmStart)).toEqual([]);
  }, 30_000);
});
