import type http from 'node:http';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import cors, { type CorsOptions } from 'cors';
import { UnreadableBody } from './json-body';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpRoutes {
  /** Served at `/graphql` (any method), behind CORS. */
  graphql: Handler;
  cors: CorsOptions;
  /** GET routes by path, e.g. `/health`. */
  get: Record<string, Handler>;
  /** Where a handler's unexpected failure goes; the client gets a bare 500. */
  onError: (error: unknown) => void;
  /**
   * Compress `/graphql` answers of at least this many bytes for clients that accept it
   * (gzip, deflate, br); unset, never. Small answers and loopback traffic do not pay for it.
   */
  compressAboveBytes?: number;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A node:http request listener for `/graphql` and a few GET routes; anything else is a 404. */
export function router(routes: HttpRoutes): RequestListener {
  const corsHandler = cors(routes.cors);
  const compress = routes.compressAboveBytes === undefined ? null : compression({ threshold: routes.compressAboveBytes });
  const fail = (res: ServerResponse, error: unknown) => {
    if (error instanceof UnreadableBody) {
      return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    routes.onError(error);
    if (!res.headersSent)
      sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    else res.destroy();
  };
  const run = (handler: Handler, req: IncomingMessage, res: ServerResponse) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((error: unknown) => fail(res, error));
  };
  return (req, res) => {
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query < 0 ? url : url.slice(0, query);
    if (path === '/graphql' || path === '/graphql/') {
      const serve = () => run(routes.graphql, req, res);
      corsHandler(req, res, compress ? () => compress(req as never, res as never, serve) : serve);
      return;
    }
    const handler = req.method === 'GET' || req.method === 'HEAD' ? routes.get[path] : undefined;
    if (handler) return run(handler, req, res);
    sendJson(res, 404, { errors: [{ message: `No route for ${req.method} ${path}`, extensions: { code: 'NOT_FOUND' } }] });
  };
}

/** Starts listening, resolving with the port (the OS picks one when `port` is 0). */
export async function listen(server: http.Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return (server.address() as AddressInfo).port;
}
