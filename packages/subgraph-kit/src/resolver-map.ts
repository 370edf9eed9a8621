import type { GraphQLFieldResolver, GraphQLScalarType } from 'graphql';

/* eslint-disable @typescript-eslint/no-explicit-any -- a field's parent and arguments are typed by each service's generated resolver types */

/** A federation entity's `__resolveReference(reference, context, info)`: its context comes second, where a field's arguments do. */
type ReferenceResolver<Context> = (reference: any, context: Context, info: any) => unknown;

/**
 * The resolvers of a subgraph's schema, as `buildSubgraphSchema` takes them: each service
 * types its own from its schema (src/generated/resolvers-types.ts); this only says what the
 * kit passes on. Declared here because @apollo/subgraph exports its type only from its dist/.
 */
export type ResolverMap<Context> = Record<
  string,
  | Record<string, GraphQLFieldResolver<any, Context> | ReferenceResolver<Context> | { resolve?: GraphQLFieldResolver<any, Context> }>
  | GraphQLScalarType
  | Record<string, string | number>
>;
