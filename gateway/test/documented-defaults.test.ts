import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChildProcesses, jsonLines, Output, spawnFromSources } from './support/processes';
import { GRAPH_PROCESSES, readConfigurationTable, type ProcessName } from './support/readme-configuration';

type GraphProcess = (typeof GRAPH_PROCESSES)[number];
type Settings = Record<string, unknown>;

// start.js is plain JavaScript run by node; its settings are a module of their own so they can be read here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module of infra/scripts, outside every tsconfig
const { graphSettings } = require('../../infra/scripts/graph-settings.js') as {
  graphSettings: (env: NodeJS.ProcessEnv) => { settings: Settings; childEnv: NodeJS.ProcessEnv };
};

const ENTRY_POINTS: Record<GraphProcess, string> = {
  gateway: 'gateway/src/main.ts',
  organisations: 'services/organisations/src/main.ts',
  offers: 'services/offers/src/main.ts',
  programmes: 'services/programmes/src/main.ts',
  imports: 'services/imports/src/main.ts',
};
const LISTEN_ANYWHERE = path.join(__dirname, 'support', 'listen-anywhere.cjs');

interface Started {
  /** The `settings` line the process logged at start-up. */
  settings: Settings;
  /** Where it asked to listen. */
  listen: { port: number; host: string | null };
}

/** One process with none of the graph's variables set, as on a fresh machine: only PATH. */
async function startWithNothingSet(name: GraphProcess, cwd: string, children: ChildProcesses): Promise<Started> {
  const child = children.track(
    spawnFromSources(ENTRY_POINTS[name], {
      env: { PATH: process.env.PATH },
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      preload: [LISTEN_ANYWHERE],
    }),
  );
  const stdout = new Output(child.stdout);
  const stderr = new Output(child.stderr);
  await stdout.waitForLine((line) => line.includes('"msg":"settings"'), child, 60_000);
  const listened = await stderr.waitForLine((line) => line.startsWith('{"listenRequested"'), child, 60_000);
  return {
    settings: jsonLines(stdout).find((line) => line.msg === 'settings')!.settings as Settings,
    listen: (JSON.parse(listened) as { listenRequested: Started['listen'] }).listenRequested,
  };
}

const shown = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

describe('the configuration table (docs/configuration.md)', () => {
  const children = new ChildProcesses();
  const table = readConfigurationTable();
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'passerelle-defaults-'));
  const npmStart = graphSettings({});
  let started: Record<GraphProcess, Started>;
  let applied: Record<ProcessName, Settings>;

  beforeAll(async () => {
    const each = await Promise.all(GRAPH_PROCESSES.map((name) => startWithNothingSet(name, cwd, children)));
    started = Object.fromEntries(GRAPH_PROCESSES.map((name, index) => [name, each[index]!])) as Record<GraphProcess, Started>;
    applied = {
      ...(Object.fromEntries(GRAPH_PROCESSES.map((name) => [name, started[name].settings])) as Record<GraphProcess, Settings>),
      'npm start': npmStart.settings,
    };
  }, 120_000);

  afterAll(async () => {
    await children.killAll();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('states the default each process applies to every variable it reads', () => {
    const differences = table.defaults
      .map(({ variable, process, value }) => ({ variable, process, documented: value, applied: shown(applied[process][variable]) }))
      .filter(({ documented, applied }) => documented !== applied);
    expect(differences).toEqual([]);
  });

  it('states the defaults npm start gives its processes instead', () => {
    expect(Object.keys(table.underNpmStart).length).toBeGreaterThan(0);
    for (const [variable, value] of Object.entries(table.underNpmStart)) {
      expect({ variable, applied: npmStart.childEnv[variable] }).toEqual({ variable, applied: value });
    }
  });

  it('lists every variable a process reads, with the processes that read it, and none that no process reads', () => {
    const pair = (process: string, variable: string) => `${process}: ${variable}`;
    const documented = table.defaults.map(({ process, variable }) => pair(process, variable)).sort();
    const read = Object.entries(applied).flatMap(([process, settings]) => Object.keys(settings).map((variable) => pair(process, variable)));
    expect(documented).toEqual(read.sort());
  });

  it('listens on the port and interface its settings say, and keeps its SQLite file under SQLITE_DIR', () => {
    for (const name of GRAPH_PROCESSES) {
      const { settings, listen } = started[name];
      expect({ name, ...listen }).toEqual({ name, port: settings.PORT, host: settings.HOST });
    }
    for (const name of ['organisations', 'offers', 'programmes'] as const) {
      expect(existsSync(path.join(cwd, String(started[name].settings.SQLITE_DIR), `${name}.sqlite`))).toBe(true);
    }
  });

  it('never logs a secret: JWT_SECRET and the password of MYSQL_URL are redacted', async () => {
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    const child = children.track(
      spawnFromSources(ENTRY_POINTS.offers, {
        env: { PATH: process.env.PATH, JWT_SECRET: secret, MYSQL_URL: 'mysql://passerelle:hunter2@127.0.0.1:1', PORT: '0' },
        cwd,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const stdout = new Output(child.stdout);
    const line = await stdout.waitForLine((text) => text.includes('"msg":"settings"'), child);
    expect(line).not.toContain(secret);
    expect(line).not.toContain('hunter2');
    expect(JSON.parse(line)).toMatchObject({
      settings: { JWT_SECRET: '[redacted]', MYSQL_URL: 'mysql://passerelle:[redacted]@127.0.0.1:1' },
    });
  });
});
