import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from the subgraph's schema (typescript-resolvers with federation), parents
 * mapped to the rows resolvers get: a resolver returning another shape does not compile.
 *   npm run codegen -w @passerelle/organisations      writes src/generated/
 *   npm run typecheck -w @passerelle/organisations    fails when src/generated/ is stale
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: '../context#OrganisationsContext',
        mappers: {
          Organisation: '../organisations/organisation-statements#OrganisationView',
          OrganisationConnection: '../organisations/organisation-reads#OrganisationPage',
        },
        strictScalars: true,
        // the federation directives' own scalar (`@key(fields: "id")`)
        scalars: { JSON: 'unknown', _FieldSet: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: false,
      },
    },
  },
};

export default config;
