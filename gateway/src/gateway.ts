import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type pino from 'pino';

export interface GatewayContext {
  requestId: string;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  production: boolean;
  logger: pino.Logger;
  /** Where each subgraph listens, by name; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  corsOrigins: string[];
  introspection?: boolean;
  supergraphSdl?: string;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const SUPERGRAPH_PATH = path.resolve(__dirname, '..', 'supergraph.graphql');

/** Forwards the gateway's request id so one id ties a request's log lines across processes. */
class TracedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & {}>[0]) {
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
  }
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: options.logger,
    buildService: ({ name, url }) => new TracedDataSource({ url: options.subgraphUrls[name] ?? url }),
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: options.logger,
    introspection: options.introspection ?? !options.production,
    includeStacktraceInErrorResponses: !options.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = Object.fromEntries(
      await Promise.all(
        Object.entries(options.subgraphUrls).map(async ([name, url]) => [name, await isUp(url)] as const),
      ),
    );
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'degraded', checks });
  });
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins, credentials: true }),
    express.json({ limit: '100kb' }),
    expressMiddleware(server, {
      context: async ({ req }) => ({ requestId: (req.header('x-request-id') ?? '').slice(0, 100) || randomUUID() }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  options.logger.info({ url }, 'gateway listening');
  return { url, port, stop: () => server.stop() };
}

async function isUp(subgraphUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', subgraphUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}
