import net from 'node:net';
import type { Ports } from './environment';

/** Fails early, naming the port, when something else already listens where the benchmark would. */
export async function assertPortsFree(ports: Ports): Promise<void> {
  for (const [name, port] of Object.entries(ports)) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) throw new Error(`port ${port} (${name}) is in use; pick other ports with --base-port`);
  }
}
