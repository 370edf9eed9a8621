import cluster from 'node:cluster';

/*
 * Runs a server script in N worker processes sharing one port (node:cluster), the way a
 * Node server uses every core of a machine. The primary only supervises.
 * Usage: node --import tsx cluster.ts <workers> <script.js|script.ts>
 */

const workers = Number(process.argv[2]);
const script = process.argv[3];
if (!Number.isInteger(workers) || workers < 1 || !script) {
  console.error('usage: cluster.ts <workers> <script>');
  process.exit(2);
}

const profiling = process.execArgv.filter((arg) => arg.startsWith('--cpu-prof')); // the bench's --cpu-prof
cluster.setupPrimary({ exec: script, execArgv: [...profiling, ...(script.endsWith('.ts') ? ['--import', 'tsx'] : [])] });
let stopping = false;
for (let index = 0; index < workers; index += 1) cluster.fork();
cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  console.error(`worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); stopping`);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 3000).unref();
    cluster.on('exit', () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  });
}
