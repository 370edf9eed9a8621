import { requireFundingRole } from '@passerelle/auth';
import { badUserInput, parseInput } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
import { recordContributionInput, updateContributionInput } from '../contributions/contribution-input';

/** Who may write is checked first, then the input: a refused caller learns nothing about it. */
export const mutationResolvers = {
  recordContribution: (_: unknown, args: { input: unknown }, context: ProgrammesContext) => {
    requireFundingRole(context.viewer);
    return context.contributionWrites.record(parseInput(recordContributionInput, args.input));
  },

  updateContribution: (_: unknown, args: { id: string; input: unknown; expectedVersion: number }, context: ProgrammesContext) => {
    requireFundingRole(context.viewer);
    if (args.expectedVersion < 1) throw badUserInput('expectedVersion', 'expectedVersion must be 1 or more');
    return context.contributionWrites.update(args.id, parseInput(updateContributionInput, args.input), args.expectedVersion);
  },
};
