import { badUserInput, connection, nameConnection, pageArgs } from '@passerelle/subgraph-kit';
import { checkContributionFilter } from '../contributions/contribution-filter';
import { BY_DATE, contributionSortKey } from '../contributions/contribution-reads';
import { groupTotals } from '../funding/funding-summary';
import type { FundingKey } from '../funding/funding-reads';
import type { FundingGrouping, QueryResolvers } from '../generated/resolvers-types';

const GROUPING_KEYS: Record<FundingGrouping, FundingKey> = { DONOR: 'donor', PROGRAMME: 'programme', YEAR: 'year' };

const COUNTRY_CODE = /^[A-Z]{2}$/;

export const queryResolvers: QueryResolvers = {
  programme: (_, { id }, context) => context.programmeById.load(id),

  programmes: (_, args, context) => {
    const filter = args.filter ?? {};
    const badCountry = filter.countries?.find((code) => !COUNTRY_CODE.test(code));
    if (badCountry !== undefined) {
      const message = `countries are ISO 3166-1 alpha-2 codes in upper case, e.g. CD; got ${JSON.stringify(badCountry)}`;
      throw badUserInput('filter.countries', message);
    }
    return nameConnection(
      args,
      filter.search,
      (rowCount, after) => context.programmes.page(filter, rowCount, after),
      () => context.programmes.count(filter),
    );
  },

  contribution: (_, { id }, context) => context.contributionById.load(id),

  contributions: async (_, args, context) => {
    const { limit, after } = pageArgs(args, BY_DATE, 2);
    const filter = checkContributionFilter(args.filter ?? {});
    const rows = await context.contributions.page(filter, limit, after);
    return connection(rows, limit, BY_DATE, contributionSortKey, () => context.contributions.count(filter));
  },

  fundingBreakdown: async (_, args, context) => {
    const key = GROUPING_KEYS[args.groupBy];
    const aggregates = await context.funding.aggregate([key], checkContributionFilter(args.filter ?? {}));
    return groupTotals(aggregates, (row) => row[key] ?? null).map(({ key: value, totals }) => ({
      groupBy: args.groupBy,
      value,
      ...totals,
    }));
  },
};
