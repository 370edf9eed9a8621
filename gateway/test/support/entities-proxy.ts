import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EntitiesProxy {
  url: string;
  /** Where it forwards to; settable after start, for a subgraph started after the gateway that calls it. */
  target: string;
  /** `_entities` fetches forwarded since the last reset, and the representations they asked for. */
  entityFetches: number;
  representations: number;
  /** Fetches forwarded with an Authorization header. */
  authorized: number;
  /** Answers every representation with this id null, with an error at its index, as a subgraph failing on one entity does. */
  failOn?: string;
  reset(): void;
  close(): Promise<void>;
}

interface EntitiesAnswer {
  data?: { _entities?: unknown[] };
  errors?: unknown[];
}

/** A proxy in front of a real subgraph that counts the entity fetches it forwards, and can fail one entity. */
export async function entitiesProxy(target = ''): Promise<EntitiesProxy> {
  const server = // a failed answer is an unhandled rejection, which fails the test
    http.createServer(
      (req, res) =>
        void (async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          const body = Buffer.concat(chunks).toString();
          const request = JSON.parse(body) as { query: string; variables?: { representations?: { id?: string }[] } };
          const representations = request.query.includes('_entities') ? (request.variables?.representations ?? []) : undefined;
          if (representations) {
            proxy.entityFetches += 1;
            proxy.representations += representations.length;
          }
          if (req.headers.authorization) proxy.authorized += 1;
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (req.headers.authorization) headers.authorization = req.headers.authorization;
          const answer = await fetch(proxy.target, { method: 'POST', headers, body });
          let text = await answer.text();
          const failing = representations?.findIndex((representation) => representation.id === proxy.failOn) ?? -1;
          if (failing >= 0) {
            const parsed = JSON.parse(text) as EntitiesAnswer;
            parsed.data!._entities![failing] = null;
            parsed.errors = [
              ...(parsed.errors ?? []),
              { message: `could not load ${proxy.failOn}`, path: ['_entities', failing], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
            ];
            text = JSON.stringify(parsed);
          }
          const cacheControl = answer.headers.get('cache-control');
          res
            .writeHead(answer.status, { 'content-type': 'application/json', ...(cacheControl ? { 'cache-control': cacheControl } : {}) })
            .end(text);
        })(),
    );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: EntitiesProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    target,
    entityFetches: 0,
    representations: 0,
    authorized: 0,
    reset() {
      proxy.entityFetches = 0;
      proxy.representations = 0;
      proxy.authorized = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
