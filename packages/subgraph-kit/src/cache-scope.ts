import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContextBase } from './request-context';

/**
 * The schema's cache hints describe what anyone may see; a signed-in viewer may see more
 * (an editor's drafts), so an answer to one is PRIVATE whatever the hints say. Restricted
 * once execution is over: a policy restricted before it makes Apollo skip the hints.
 */
export function viewerAnswersArePrivate<Context extends RequestContextBase>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, overallCachePolicy }) {
      if (!contextValue.viewer) return;
      return {
        async executionDidStart() {
          return {
            async executionDidEnd() {
              overallCachePolicy.restrict({ scope: 'PRIVATE' });
            },
          };
        },
      };
    },
  };
}
