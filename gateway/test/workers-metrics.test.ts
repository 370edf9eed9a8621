import http from 'node:http';
import { ChildProcesses, freePort, Output } from './support/processes';
import { slowSubgraph, spawnGateway } from './support/stand-in-subgraph';

/** A GraphQL request on a connection of its own, so that node:cluster hands it to the next worker in turn. */
function postOnNewConnection(port: number, query: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', connection: 'close' },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

describe('/metrics with WORKERS=2', () => {
  const children = new ChildProcesses();
  afterAll(() => children.killAll());

  it('counts the requests of both workers, whichever worker the scrape reaches', async () => {
    const subgraph = await slowSubgraph(0);
    const port = await freePort();
    const primary = children.track(spawnGateway(port, subgraph, { WORKERS: '2', LOG_LEVEL: 'info' }, ['ignore', 'pipe', 'ignore']));
    const output = new Output(primary.stdout);
    try {
      const listening = () => output.lines().filter((line) => line.includes('"gateway listening"')).length;
      await output.waitForLine(() => listening() === 2, primary, 90_000);

      const requests = 20;
      for (let index = 0; index < requests; index += 1) {
        expect(await postOnNewConnection(port, 'query WorkersMetrics { organisation(id: "undp") { id } }')).toBe(200);
      }
      const counted = async () => {
        const response = await fetch(`http://127.0.0.1:${port}/metrics`);
        expect(response.status).toBe(200);
        const text = await response.text();
        const line = text
          .split('\n')
          .find(
            (candidate) => candidate.startsWith('passerelle_graphql_requests_total{') && candidate.includes('operation="WorkersMetrics"'),
          );
        return Number(line?.split(' ').at(-1));
      };
      // round robin: each worker answered half of them, and each scrape is answered by one of the two
      expect([await counted(), await counted(), await counted()]).toEqual([requests, requests, requests]);
    } finally {
      await children.killAll();
      subgraph.close();
    }
  }, 120_000);
});
