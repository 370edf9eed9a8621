import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 20 };

/** Each limit's refusal: its code, and what a client is told (with the figures in development only). */
const REFUSALS = {
  depth: { code: 'DEPTH_LIMIT_EXCEEDED', message: 'The operation is nested too deeply', unit: 'levels' },
  aliases: { code: 'ALIAS_LIMIT_EXCEEDED', message: 'The operation has too many aliases', unit: 'aliases' },
  directives: { code: 'DIRECTIVE_LIMIT_EXCEEDED', message: 'The operation has too many directives', unit: 'directives' },
  tokens: { code: 'TOKEN_LIMIT_EXCEEDED', message: 'The document is too large', unit: 'tokens' },
} as const;

type LimitName = keyof typeof REFUSALS;

export const LIMIT_CODES: readonly string[] = Object.values(REFUSALS).map((refusal) => refusal.code);

/** The refusal a client gets; `found` is absent when it is not known exactly. */
function limitRefusal(name: LimitName, limit: number, found: number | undefined, production: boolean): GraphQLError {
  const { code, message, unit } = REFUSALS[name];
  if (production) return new GraphQLError(message, { extensions: { code } });
  const figures = found === undefined ? `more than ${limit} ${unit}` : `${found} ${unit}`;
  return new GraphQLError(`${message}: ${figures}, the limit is ${limit}`, {
    extensions: { code, limit, ...(found === undefined ? {} : { found }) },
  });
}

/** graphql-armor's rejection, told with our own code and message (its message starts "Syntax Error"). */
function reportAs(name: LimitName, limit: number, production: boolean) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(limitRefusal(name, limit, found === undefined ? undefined : Number(found), production));
  };
}

/** graphql-js aborts parsing at the token limit; its message is fixed (typo included). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** Tokens in a document, counted to at most `ceiling` (a document over the limit is refused anyway). */
function countTokens(source: string, ceiling: number): number | undefined {
  try {
    const lexer = new Lexer(new Source(source));
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) if (++count >= ceiling) return undefined;
    return count;
  } catch {
    return undefined;
  }
}

/**
 * Depth, alias and directive limits (graphql-armor), checked before any subgraph is called;
 * the token limit is graphql-js's own parse option, which fails as a 400 (armor's token plugin
 * throws from a hook, which answers 500). Each refusal has its own code; in development its
 * message and extensions give the limit and what the operation had, in production neither.
 * The cost limit is demand control's (./demand-control), which reads the schema's `@cost`
 * and `@listSize`: armor's own cost estimate knows neither and ignores variables.
 * In production field suggestions ("did you mean…") are off so the schema cannot be guessed field by field.
 */
export function queryLimits(limits: QueryLimits, production: boolean) {
  const rejectAs = (name: LimitName, n: number) => ({
    n,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [reportAs(name, n, production)],
  });
  const armor = new ApolloArmor({
    maxDepth: { ...rejectAs('depth', limits.maxDepth), flattenFragments: true },
    maxAliases: rejectAs('aliases', limits.maxAliases),
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: rejectAs('directives', limits.maxDirectives),
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, tokenLimitPlugin(limits.maxTokens, production)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** Parse errors that are the token limit's, with the refusal a client gets instead. */
const tokenRefusals = new WeakMap<object, GraphQLError>();

/** The parse error of a document over the token limit, answered as TOKEN_LIMIT_EXCEEDED (still a 400). */
function tokenLimitPlugin<Context extends object>(maxTokens: number, production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ source, errors }) {
          const refused = errors.findIndex((error) => TOKEN_LIMIT_MESSAGE.test(error.message));
          if (refused === -1) return;
          const found = production ? undefined : countTokens(source ?? '', 100 * maxTokens);
          tokenRefusals.set(errors[refused]!, limitRefusal('tokens', maxTokens, found, production));
        },
      };
    },
  };
}

/** The refusal an error stands for, if it is a limit's: validation and parse errors lose their code on the way out. */
export function limitRefusalOf(error: unknown): GraphQLError | undefined {
  if (typeof error === 'object' && error !== null && tokenRefusals.has(error)) return tokenRefusals.get(error);
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (original instanceof GraphQLError && LIMIT_CODES.includes(original.extensions.code as string)) return original;
  return undefined;
}
