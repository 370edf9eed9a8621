import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

/*
 * The peer a user would pick first: a stock @apollo/gateway in a stock @apollo/server,
 * default settings (its own fetcher, default caches), on the same supergraph.
 * Environment: SUPERGRAPH_PATH, PORT.
 */

async function main(): Promise<void> {
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8') });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
