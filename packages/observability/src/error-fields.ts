import { GraphQLError, Kind, parse, visit, type DocumentNode, type GraphQLFormattedError, type ValueNode } from 'graphql';

const INVALID_VARIABLE =
  /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of required type .* was not provided|of non-null type .* must not be null)/;

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

/**
 * A scalar refuses a literal written in the query (`funding(asOf: "2017-13")`) during
 * validation, which Apollo labels GRAPHQL_VALIDATION_FAILED. When the scalar's own error
 * was BAD_USER_INPUT and carries the literal's node, this gives the code back and names the
 * argument or input field the literal was written in (`asOf`, `filter.asOf`), as for a variable.
 */
export function withLiteralField(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return formatted;
  const original = error.originalError;
  const literal = error.nodes?.[0];
  if (!(original instanceof GraphQLError) || original.extensions.code !== 'BAD_USER_INPUT' || !literal?.loc) return formatted;
  const field = argumentPathTo(parse(literal.loc.source), literal.loc.start);
  if (!field) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field: field.join('.') } };
}

/** The argument and input fields leading to the value that starts at `start`: ["filter", "asOf"]. */
function argumentPathTo(document: DocumentNode, start: number): string[] | null {
  let found: string[] | null = null;
  visit(document, {
    Argument(argument) {
      const inside = found ? null : valuePathTo(argument.value, start);
      if (inside) found = [argument.name.value, ...inside];
    },
  });
  return found;
}

function valuePathTo(value: ValueNode, start: number): string[] | null {
  if (value.loc?.start === start) return [];
  const entries: [string, ValueNode][] =
    value.kind === Kind.OBJECT
      ? value.fields.map((field) => [field.name.value, field.value])
      : value.kind === Kind.LIST
        ? value.values.map((item, index) => [String(index), item])
        : [];
  for (const [name, inner] of entries) {
    const path = valuePathTo(inner, start);
    if (path) return [name, ...path];
  }
  return null;
}
