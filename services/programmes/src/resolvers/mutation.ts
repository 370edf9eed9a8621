import { requireFundingRole } from '@passerelle/auth';
import { badUserInput, parseInput } from '@passerelle/subgraph-kit';
import { recordContributionInput, updateContributionInput } from '../contributions/contribution-input';
import type { MutationResolvers } from '../generated/resolvers-types';
import { importProgrammes } from '../imports/programme-import';

/** Who may write is checked first, then the input: a refused caller learns nothing about it. */
export const mutationResolvers: MutationResolvers = {
  recordContribution: (_, args, context) => {
    requireFundingRole(context.viewer);
    return context.contributionWrites.record(parseInput(recordContributionInput, args.input));
  },

  updateContribution: (_, args, context) => {
    requireFundingRole(context.viewer);
    if (args.expectedVersion < 1) throw badUserInput('expectedVersion', 'expectedVersion must be 1 or more');
    return context.contributionWrites.update(args.id, parseInput(updateContributionInput, args.input), args.expectedVersion);
  },

  importProgrammes: (_, { records, dryRun, applyValid }, context) => {
    requireFundingRole(context.viewer);
    return importProgrammes(context.dataSource, records, { dryRun, applyValid });
  },
};
