// Installs the benchmark's own dependencies (Hive Gateway, Hive Router's runtime, autocannon)
// from infra/bench/package-lock.json, when they are missing or the lockfile has changed since.
// They stay out of the repository's install: a user of the graph never runs them, and Hive
// Gateway's dependencies want a newer Node than the graph's `engines`.
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const bench = path.resolve(__dirname, '..');
const stamp = path.join(bench, 'node_modules', '.installed-lockfile-sha256');
const lockfile = createHash('sha256')
  .update(readFileSync(path.join(bench, 'package-lock.json')))
  .digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockfile) process.exit(0);
console.error('Installing the benchmark’s dependencies (infra/bench/package-lock.json)…');
execFileSync('npm', ['ci', '--no-fund', '--no-audit', '--loglevel=error'], { cwd: bench, stdio: 'inherit' });
writeFileSync(stamp, lockfile);
