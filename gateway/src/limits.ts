import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 20 };

/**
 * Depth, alias and directive limits (graphql-armor), checked before any subgraph is called;
 * the token limit is graphql-js's own parse option, which fails as a 400
 * GRAPHQL_PARSE_FAILED (armor's token plugin throws from a hook, which answers 500).
 * The cost limit is demand control's (./demand-control), which reads the schema's `@cost`
 * and `@listSize`: armor's own cost estimate knows neither and ignores variables.
 * In production the messages do not reveal the limits, and field suggestions
 * ("did you mean…") are off so the schema cannot be guessed field by field.
 */
export function queryLimits(limits: QueryLimits, production: boolean) {
  const exposeLimits = !production;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: limits.maxTokens } };
}
