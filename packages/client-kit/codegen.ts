import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { markdownOperations } from './codegen/markdown-operations';

/**
 * Typed operations for web clients, from the schema clients see (gateway/public-schema.graphql,
 * written by `npm run compose`): the examples of the README and the guides (docs/), the query corpus and the kit's job board pages (src/*.graphql), which a client can
 * import as typed documents. Scalars are what travels on the wire: strings for dates, instants
 * and exact decimals, any JSON value for JSON. `persisted-documents.json` is the manifest of
 * trusted documents a production gateway can be limited to (TRUSTED_DOCUMENTS).
 *   npm run codegen -w @passerelle/client-kit          writes src/generated/
 *   npm run typecheck -w @passerelle/client-kit        fails when src/generated/ is stale
 */
/** The examples of the README and the guides; codegen takes a loader function as well as a path to one, its types say only the path. */
const documentedExamples = ['../../README.md', '../../docs/api.md', '../../docs/operations.md'].map((file) => ({
  [file]: { loader: markdownOperations as unknown as string },
}));

const config: CodegenConfig = {
  schema: '../../gateway/public-schema.graphql',
  documents: [...documentedExamples, '../../gateway/corpus/*.graphql', 'src/*.graphql'],
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // what Apollo Client adds to each selection, so that the manifest holds the documents it sends
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          JSON: 'string | number | boolean | null | { [key: string]: unknown } | unknown[]',
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
