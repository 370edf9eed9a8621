import type { ApolloServerPlugin } from '@apollo/server';

/**
 * An answer to a request that carries a token may hold what only that caller sees (an
 * editor's drafts): nothing may store it, neither this gateway nor a client or CDN
 * (Cache-Control: no-store), whatever the subgraphs' hints say.
 */
export function authenticatedAnswersAreUncacheable<Context extends { authorization?: string }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, overallCachePolicy }) {
      if (contextValue.authorization) overallCachePolicy.restrict({ maxAge: 0 });
    },
  };
}
