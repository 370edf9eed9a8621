import { execFileSync } from 'node:child_process';
import { freePort, waitForHealth } from './support/processes';
import { slowSubgraph, spawnGateway } from './support/stand-in-subgraph';

describe('gateway process shutdown', () => {
  it('on SIGTERM, finishes the request in flight, refuses new ones, and exits 0', async () => {
    const subgraph = await slowSubgraph(1500);
    const port = await freePort();
    const gateway = spawnGateway(port, subgraph, {});
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', (code) => resolve(code)));
    try {
      await waitForHealth(port, gateway);
      const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ organisation(id: "undp") { id } }' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      gateway.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await fetch(`http://127.0.0.1:${port}/health`).then(
        () => 'answered',
        () => 'refused',
      );
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        data: { organisation: null },
        extensions: { cost: { estimated: 1, actual: 0, limit: 20_000 } },
      });
      expect(refused).toBe('refused');
      expect(await exited).toBe(0);
    } finally {
      gateway.kill('SIGKILL');
      subgraph.close();
    }
  });

  it('has written every request’s log line, with its request id, by the time it exits after SIGTERM', async () => {
    const subgraph = await slowSubgraph(0);
    const port = await freePort();
    const gateway = spawnGateway(port, subgraph, { LOG_LEVEL: 'info' }, ['ignore', 'pipe', 'ignore']);
    let output = '';
    gateway.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => gateway.once('exit', (code) => resolve(code)));
    try {
      await waitForHealth(port, gateway);
      const requestIds = Array.from({ length: 5 }, (_, index) => `shutdown-log-${index}`);
      for (const requestId of requestIds) {
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': requestId },
          body: JSON.stringify({ query: '{ organisation(id: "undp") { id } }' }),
        });
      }
      // at once: the lines are still buffered, and only the exit flush can write them
      gateway.kill('SIGTERM');
      expect(await exited).toBe(0);
      const lines = output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const logged = lines.filter((line) => line.msg === 'graphql request').map((line) => line.requestId);
      expect(logged).toEqual(requestIds);
      expect(lines.at(-1)).toMatchObject({ msg: 'draining in-flight requests, then stopping', signal: 'SIGTERM' });
    } finally {
      gateway.kill('SIGKILL');
      subgraph.close();
    }
  });

  it('runs one worker per WORKERS, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const subgraph = await slowSubgraph(0);
    const port = await freePort();
    const primary = spawnGateway(port, subgraph, { WORKERS: '2' });
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    const workers = () => {
      try {
        return execFileSync('pgrep', ['-P', String(primary.pid)], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .filter(Boolean);
      } catch {
        return [];
      }
    };
    try {
      await waitForHealth(port, primary);
      expect(workers()).toHaveLength(2);
      const [victim] = workers();
      process.kill(Number(victim), 'SIGKILL');
      for (let attempt = 0; attempt < 100 && (workers().includes(victim!) || workers().length < 2); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(workers()).toHaveLength(2);
      expect(workers()).not.toContain(victim);
      await waitForHealth(port, primary);
      primary.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(workers()).toEqual([]);
    } finally {
      primary.kill('SIGKILL');
      subgraph.close();
    }
  });
});
