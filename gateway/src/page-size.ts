import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/*
 * Page size ≤ max in every connection, checked by the gateway before any subgraph is
 * called, naming the argument. Subgraphs check again: they can be called directly.
 * A literal (`first: 500`) is caught while validating the document; a variable
 * (`first: $n`) once the request's variables are known.
 */

const tooLarge = (max: number, value: number, nodes?: readonly ASTNode[]) =>
  new GraphQLError(`first must be between 0 and ${max}; got ${value}`, {
    nodes,
    extensions: { code: 'BAD_USER_INPUT', field: 'first', http: { status: 400 } },
  });

/** Apollo relabels validation errors GRAPHQL_VALIDATION_FAILED; `formatGatewayError` restores this one's code. */
export function pageSizeRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.INT && Number(argument.value.value) > max) {
        context.reportError(tooLarge(max, Number(argument.value.value), [argument]));
      }
    },
  });
}

export function pageSizePlugin<Context extends object>(max: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          for (const name of variablesPassedAsFirst(document)) {
            const value: unknown = variables[name];
            if (typeof value === 'number' && value > max) throw tooLarge(max, value);
          }
        },
      };
    },
  };
}

/** Apollo hands the same parsed document to every request with the same query, so one walk per query suffices. */
const firstVariables = new WeakMap<DocumentNode, string[]>();

function variablesPassedAsFirst(document: DocumentNode): string[] {
  const known = firstVariables.get(document);
  if (known) return known;
  const names: string[] = [];
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.push(argument.value.name.value);
    },
  });
  firstVariables.set(document, names);
  return names;
}
