import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { readJsonBody } from './json-body';

export interface GraphQLHandlerOptions<Context extends BaseContext> {
  /** Builds the request's context from its headers (lower-case names, repeated values joined) and the request itself (its socket). */
  context: (headers: HeaderMap, req: IncomingMessage) => Promise<Context>;
  bodyLimitBytes: number;
}

/**
 * `Accept: application/json` asks for what Apollo Server answers a request without an Accept
 * header; left out, Apollo skips negotiating it (twice a request, a fiftieth of the gateway's CPU).
 */
const JSON_ONLY = 'application/json';

/**
 * Serves an Apollo Server on a node:http request through its documented integration API
 * (`executeHTTPGraphQLRequest`); what express, body-parser and the express integration did
 * per request, without their routing, ETags and content negotiation.
 */
export function graphqlHandler<Context extends BaseContext>(server: ApolloServer<Context>, options: GraphQLHandlerOptions<Context>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value === undefined || (name === 'accept' && value === JSON_ONLY)) continue;
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const body = req.method === 'POST' ? await readJsonBody(req, options.bodyLimitBytes) : undefined;
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: query < 0 ? '' : url.slice(query), body },
      context: () => options.context(headers, req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
