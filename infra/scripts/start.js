#!/usr/bin/env node
// `npm start`: runs the three subgraphs (migrated and seeded) and then the gateway, as
// child processes of this one; Ctrl-C stops them all. Expects `turbo run build` first.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const env = { TZ: 'UTC', LOG_LEVEL: 'warn', ...process.env };
const portOf = (name, fallback) => Number(env[`${name.toUpperCase()}_PORT`] || fallback);

const subgraphs = [
  { name: 'organisations', port: portOf('organisations', 4001) },
  { name: 'offers', port: portOf('offers', 4002) },
  { name: 'programmes', port: portOf('programmes', 4003) },
];
const gatewayPort = portOf('gateway', 4000);
const children = new Set();
let stopping = false;

function run(name, script, extraEnv) {
  const child = spawn(process.execPath, [path.join(root, script)], {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the graph.`);
      stopAll(1);
    }
  });
  return child;
}

async function waitUntilHealthy(name, port, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not become healthy on port ${port} within ${timeoutMs / 1000}s`);
}

function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  const exitWhenDone = setInterval(() => {
    if (children.size === 0) {
      clearInterval(exitWhenDone);
      process.exit(exitCode);
    }
  }, 50);
  setTimeout(() => process.exit(exitCode), 10_000).unref();
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function main() {
  const database = env.MYSQL_URL ? `MySQL at ${new URL(env.MYSQL_URL).host}` : `embedded SQLite files in ${env.SQLITE_DIR || 'data'}/`;
  console.log(`Starting Passerelle on ${database}…`);
  for (const { name, port } of subgraphs) run(name, `services/${name}/dist/main.js`, { PORT: String(port) });
  await Promise.all(
    subgraphs.map(async ({ name, port }) => {
      await waitUntilHealthy(name, port);
      console.log(`  ${name.padEnd(13)} subgraph  http://localhost:${port}/graphql`);
    }),
  );
  run('gateway', 'gateway/dist/main.js', {
    PORT: String(gatewayPort),
    ...Object.fromEntries(subgraphs.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://localhost:${port}/graphql`])),
  });
  await waitUntilHealthy('gateway', gatewayPort);
  console.log(`  ${'gateway'.padEnd(13)} supergraph http://localhost:${gatewayPort}/graphql  (open it in a browser for Apollo Sandbox)`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error.message);
  stopAll(1);
});
