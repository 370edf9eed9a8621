import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from the subgraph's schema (typescript-resolvers with federation), parents
 * mapped to the values resolvers get: a resolver returning another shape does not compile.
 *   npm run codegen -w @passerelle/imports      writes src/generated/
 *   npm run typecheck -w @passerelle/imports    fails when src/generated/ is stale
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: '../context#ImportsContext',
        mappers: {
          ImportReport: '../coordinator/import-report#ImportReportValue',
          ImportedRecord: '../coordinator/import-report#ImportedRecordValue',
          Offer: '../resolvers/references#EntityReference',
          Organisation: '../resolvers/references#EntityReference',
          Programme: '../resolvers/references#EntityReference',
        },
        strictScalars: true,
        scalars: { _FieldSet: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: false,
      },
    },
  },
};

export default config;
