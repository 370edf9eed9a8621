import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from the subgraph's schema (typescript-resolvers with federation), parents
 * mapped to the values resolvers get: a resolver returning another shape does not compile.
 *   npm run codegen -w @passerelle/programmes      writes src/generated/
 *   npm run typecheck -w @passerelle/programmes    fails when src/generated/ is stale
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        contextType: '../context#ProgrammesContext',
        mappers: {
          Programme: '../programmes/programme-statements#ProgrammeView',
          ProgrammeConnection: '../programmes/programme-reads#ProgrammePage',
          Contribution: '../contributions/contribution-reads#ContributionRecord',
          ContributionConnection: '../contributions/contribution-reads#ContributionPage',
          FundingSummary: '../funding/funding-summary#FundingSummaryValue',
          DonorFunding: '../funding/funding-summary#DonorFundingValue',
          StatusFunding: '../funding/funding-summary#StatusFundingValue',
          FundingGroup: '../funding/funding-summary#FundingGroupValue',
          ReportedFunding: '../funding/funding-reads#ReportedFundingRecord',
          Organisation: '../resolvers/references#OrganisationReference',
          Money: '@passerelle/subgraph-kit#Money as MoneyValue',
        },
        strictScalars: true,
        // what the scalars' resolvers (subgraph-kit's values) hand resolvers and take from them
        scalars: { Date: 'string', Decimal: 'string', _FieldSet: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: false,
      },
    },
  },
};

export default config;
