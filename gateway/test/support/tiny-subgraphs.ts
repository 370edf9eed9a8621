import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';

/**
 * Two subgraphs that have nothing of the job market: `products`, and `reviews`, which adds
 * reviews to a product; each a real `@apollo/subgraph` server over HTTP. `Query.failure(kind)`
 * fails as a subgraph can: with each code of the contract, a limit's, or unexpectedly.
 */
const PRODUCTS = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query {
    products: [Product!]!
    failure(kind: String!): String
  }
  type Product @key(fields: "id") {
    id: ID!
    name: String!
  }
`;
const REVIEWS = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Product @key(fields: "id") {
    id: ID!
    reviews: [Review!]!
  }
  type Review {
    body: String!
  }
`;

const PRODUCT_NAMES: Record<string, string> = { p1: 'Tent', p2: 'Water filter' };
const REVIEW_BODIES: Record<string, string[]> = { p1: ['Dry through the rains'], p2: [] };

/** The errors `failure(kind)` throws, by kind. */
const FAILURES: Record<string, () => Error> = {
  BAD_USER_INPUT: () => new GraphQLError('kind: not a kind this field knows', { extensions: { code: 'BAD_USER_INPUT', field: 'kind' } }),
  UNAUTHENTICATED: () => new GraphQLError('Sign in to see this', { extensions: { code: 'UNAUTHENTICATED' } }),
  FORBIDDEN: () => new GraphQLError('Only admins see this', { extensions: { code: 'FORBIDDEN' } }),
  NOT_FOUND: () => new GraphQLError('No product "p9"', { extensions: { code: 'NOT_FOUND', id: 'p9' } }),
  CONFLICT: () => new GraphQLError('The product changed under this write', { extensions: { code: 'CONFLICT' } }),
  COST_ESTIMATED_TOO_EXPENSIVE: () =>
    new GraphQLError('Too many objects asked of this subgraph', { extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE' } }),
  ALIAS_LIMIT_EXCEEDED: () => new GraphQLError('Too many aliases', { extensions: { code: 'ALIAS_LIMIT_EXCEEDED' } }),
  unexpected: () => new Error('ER_NO_SUCH_TABLE: SELECT name FROM secret_products WHERE id = 7'),
  ownCode: () => new GraphQLError('deadlock on secret_products', { extensions: { code: 'DB_DEADLOCK', sql: 'UPDATE secret_products' } }),
  codeless: () => new GraphQLError('codeless: connection pool exhausted at 10.0.0.7'),
};

export interface TinySubgraphs {
  /** Composed from the two, with their URLs. */
  supergraphSdl: string;
  stop(): Promise<void>;
}

export async function startTinySubgraphs(): Promise<TinySubgraphs> {
  const products = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(PRODUCTS),
      resolvers: {
        Query: {
          products: () => Object.keys(PRODUCT_NAMES).map((id) => ({ id })),
          failure: (_parent: unknown, { kind }: { kind: string }) => {
            throw (FAILURES[kind] ?? FAILURES.unexpected!)();
          },
        },
        Product: { name: ({ id }: { id: string }) => PRODUCT_NAMES[id], __resolveReference: ({ id }: { id: string }) => ({ id }) },
      },
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    // a subgraph that is not Apollo Server may answer an error without a code: the gateway names it DOWNSTREAM_SERVICE_ERROR
    formatError: (formatted) =>
      formatted.message.startsWith('codeless') ? { message: formatted.message, path: formatted.path } : formatted,
  });
  const reviews = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(REVIEWS),
      resolvers: {
        Product: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          reviews: ({ id }: { id: string }) => (REVIEW_BODIES[id] ?? []).map((body) => ({ body })),
        },
      },
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const listen = { port: 0, host: '127.0.0.1' };
  const productsAt = await startStandaloneServer(products, { listen });
  const reviewsAt = await startStandaloneServer(reviews, { listen });
  const composed = composeServices([
    { name: 'products', url: productsAt.url, typeDefs: parse(PRODUCTS) },
    { name: 'reviews', url: reviewsAt.url, typeDefs: parse(REVIEWS) },
  ]);
  if (composed.errors) throw new Error(`the tiny subgraphs do not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
  return {
    supergraphSdl: composed.supergraphSdl,
    stop: async () => {
      await products.stop();
      await reviews.stop();
    },
  };
}

/** The product list with its reviews: a plan across both subgraphs. */
export const PRODUCTS_WITH_REVIEWS = '{ products { name reviews { body } } }';
export const EXPECTED_PRODUCTS = {
  products: [
    { name: 'Tent', reviews: [{ body: 'Dry through the rains' }] },
    { name: 'Water filter', reviews: [] },
  ],
};

export const FAILURE_KINDS = Object.keys(FAILURES);
