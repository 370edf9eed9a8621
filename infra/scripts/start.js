#!/usr/bin/env node
// `npm start`: runs the four subgraphs (the three with a database migrated and seeded, and the
// imports subgraph, which calls them) and then the gateway, as child processes of this one. Expects `turbo run build` first.
// A process that dies after it has answered once is started again, after a back-off; one that
// never answers (a bad setting, a port in use) stops the graph, since restarting cannot fix it.
// Ctrl-C or SIGTERM stops the gateway, then the subgraphs, and exits 0; a second Ctrl-C kills them.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');
const { graphSettings } = require('./graph-settings');

const root = path.resolve(__dirname, '..', '..');
const { settings, childEnv } = graphSettings(process.env);
const subgraphs = [
  { name: 'organisations', port: settings.ORGANISATIONS_PORT },
  { name: 'offers', port: settings.OFFERS_PORT },
  { name: 'programmes', port: settings.PROGRAMMES_PORT },
  { name: 'imports', port: settings.IMPORTS_PORT },
];
const gatewayPort = settings.GATEWAY_PORT;

/** The first restart waits 0.5 s, each next one twice as long, up to 10 s; 30 s of health resets it. */
const RESTART = { firstDelayMs: 500, maxDelayMs: 10_000, healthyResetMs: 30_000 };
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

const supervised = [];
let stopping = false;

/** Runs `script` and keeps it running; `started` resolves true once it first answers on /health, false if the graph is stopping. */
function supervise(name, script, port, extraEnv) {
  const state = { name, child: null, restartTimer: null, delayMs: RESTART.firstDelayMs, healthySince: null, everHealthy: false };
  supervised.push(state);

  const start = () => {
    const child = spawn(process.execPath, [path.join(root, script)], {
      cwd: root,
      env: { ...childEnv, ...extraEnv, PORT: String(port) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    state.child = child;
    state.healthySince = null;
    child.on('exit', (code, signal) => onExit(child, signal ?? `exit code ${code}`));
    return waitUntilHealthy(port, () => state.child === child).then((healthy) => {
      if (healthy) state.healthySince = Date.now();
      return healthy;
    });
  };

  const onExit = (child, reason) => {
    if (state.child === child) state.child = null;
    if (stopping) return;
    if (!state.everHealthy) {
      console.error(`${name} stopped before it answered (${reason}); stopping the graph.`);
      return stop(1);
    }
    if (state.healthySince !== null && Date.now() - state.healthySince >= RESTART.healthyResetMs) {
      state.delayMs = RESTART.firstDelayMs;
    }
    const delayMs = state.delayMs;
    state.delayMs = Math.min(delayMs * 2, RESTART.maxDelayMs);
    console.error(`${name} stopped unexpectedly (${reason}); restarting it in ${delayMs / 1000} s.`);
    state.restartTimer = setTimeout(() => {
      state.restartTimer = null;
      start().then((healthy) => {
        if (healthy && !stopping) console.error(`${name} restarted: http://localhost:${port}/graphql`);
      });
    }, delayMs);
  };

  state.started = start().then((healthy) => {
    if (stopping) return false;
    if (!healthy) throw new Error(`${name} did not answer on port ${port} within ${START_TIMEOUT_MS / 1000} s`);
    state.everHealthy = true;
    return true;
  });
  return state;
}

/** Resolves true once /health answers, false if `stillCurrent()` turns false or time runs out. */
async function waitUntilHealthy(port, stillCurrent) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && stillCurrent() && !stopping) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function exited(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', resolve));
}

/** The gateway first, so the requests it is draining still reach the subgraphs; then the subgraphs. */
async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => {
    console.error(`Some processes did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing them.`);
    forceStop(1);
  }, STOP_TIMEOUT_MS).unref();
  for (const state of supervised) clearTimeout(state.restartTimer);
  const gateway = supervised.filter((state) => state.name === 'gateway');
  const others = supervised.filter((state) => state.name !== 'gateway');
  for (const group of [gateway, others]) {
    await Promise.all(
      group.map((state) => {
        const { child } = state;
        child?.kill('SIGTERM');
        return exited(child);
      }),
    );
  }
  process.exit(exitCode);
}

function forceStop(exitCode) {
  for (const { child } of supervised) child?.kill('SIGKILL');
  process.exit(exitCode);
}

process.on('SIGINT', () => {
  if (!stopping) {
    console.error('Stopping the graph (Ctrl-C again to kill it)…');
    return stop(0);
  }
  forceStop(130);
});
process.on('SIGTERM', () => stop(0));

async function main() {
  const database = childEnv.MYSQL_URL
    ? `MySQL at ${new URL(childEnv.MYSQL_URL).host}`
    : `embedded SQLite files in ${childEnv.SQLITE_DIR || 'data'}/`;
  console.log(`Starting Passerelle on ${database}…`);
  const subgraphUrls = Object.fromEntries(
    subgraphs.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://localhost:${port}/graphql`]),
  );
  // the imports subgraph calls the others (ORGANISATIONS_URL, OFFERS_URL, PROGRAMMES_URL) when an import runs
  const up = await Promise.all(
    subgraphs.map(({ name, port }) => supervise(name, `services/${name}/dist/main.js`, port, subgraphUrls).started),
  );
  if (!up.every(Boolean)) return;
  for (const { name, port } of subgraphs) console.log(`  ${name.padEnd(13)} subgraph  http://localhost:${port}/graphql`);
  if (!(await supervise('gateway', 'gateway/dist/main.js', gatewayPort, subgraphUrls).started)) return;
  console.log(`  ${'gateway'.padEnd(13)} supergraph http://localhost:${gatewayPort}/graphql  (open it in a browser for Apollo Sandbox)`);
  console.log(`  ${'explorer'.padEnd(13)} GraphiQL   http://localhost:${gatewayPort}/graphiql  (works offline)`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error.message);
  stop(1);
});
