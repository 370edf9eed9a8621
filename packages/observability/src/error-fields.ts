import type { GraphQLFormattedError } from 'graphql';

const INVALID_VARIABLE = /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of required type .* was not provided)/;

/**
 * graphql-js rejects a variable that does not fit its type (an unknown enum value, a
 * string for an Int) before any resolver runs, naming the path only in its message.
 * This copies that path into `extensions.field`, as our own input errors carry it:
 * `filter.contractTypes.0`, or the variable's name when the whole value is wrong.
 */
export function withVariableField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.field) return formatted;
  const match = INVALID_VARIABLE.exec(formatted.message);
  if (!match) return formatted;
  const field = (match[2] ?? match[1]!).replace(/\[(\d+)\]/g, '.$1');
  return { ...formatted, extensions: { ...formatted.extensions, field } };
}
