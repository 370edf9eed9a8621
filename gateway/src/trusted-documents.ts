import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { isAdmin, type Identity } from '@passerelle/auth';
import { GraphQLError } from 'graphql';

export const NOT_TRUSTED = 'PERSISTED_QUERY_NOT_IN_LIST';

/** The operations a client may send, by the SHA-256 (hex) of their text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A manifest of persisted documents, as GraphQL Code Generator's client preset writes it
 * (`persisted-documents.json`: `{ "sha256:<hex>": "<document>" }`; a bare hex key is read too).
 * Refuses, naming the entry, a hash that is not its document's.
 */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`${file}: expected a JSON object of documents by their hash`);
  }
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, '');
    if (typeof document !== 'string' || sha256(document) !== hash) throw new Error(`${file}: "${key}" is not the SHA-256 of its document`);
    documents.set(hash, document);
  }
  return documents;
}

/**
 * Apollo Server's persisted query store with trusted documents: a client sends a document's
 * hash alone (automatic persisted queries) and the gateway knows it from the start, across
 * restarts; nothing else is ever registered.
 */
export function trustedDocumentsStore(documents: TrustedDocuments): KeyValueCache<string> {
  return {
    get: async (key) => documents.get(key.replace(/^apq:/, '')),
    set: async () => {},
    delete: async () => {},
  };
}

/**
 * Only the manifest's operations are executed for clients; any other is refused with its own
 * code, before any subgraph is called. With `adminBypass`, a signed-in admin may still send
 * any operation (to explore or repair). The gateway's own operations (feeds) are not clients'.
 */
export function trustedDocumentsOnly<Context extends { viewer: Identity | null }>(
  documents: TrustedDocuments,
  adminBypass: boolean,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (!request.http) return;
      return {
        async didResolveOperation({ queryHash, contextValue }) {
          if (documents.has(queryHash)) return;
          if (adminBypass && isAdmin(contextValue.viewer)) return;
          throw new GraphQLError('This gateway answers only the operations of its clients’ trusted documents', {
            extensions: { code: NOT_TRUSTED, http: { status: 400 } },
          });
        },
      };
    },
  };
}
