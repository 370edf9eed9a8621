import {
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * What of an operation's variables can change its cost, or whether they are valid, as a
 * string: two requests of the same operation with the same shape have the same estimate and
 * count their answers alike. A cost reads numbers (a page's size), booleans (`@skip`,
 * `@include`), which arguments and input fields are set, and how many items a list has; a
 * variable is refused for its value only if it is not a String or an ID. So the text of a
 * String or an ID is left out (a cursor, a search, an id), and every other value is kept
 * whole: numbers, booleans, enums, custom scalars, and anything not of its declared type.
 * Undefined when a variable's type is unknown to the schema (validation refuses those).
 */
export function variablesShape(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): string | undefined {
  const declared = declaredVariables(schema, operation);
  if (!declared) return undefined;
  let shape = '';
  for (const [name, type] of declared) shape += `${shapeOf(type, variables[name])};`;
  return shape;
}

type Declared = readonly (readonly [string, GraphQLInputType])[] | null;
const declaredOf = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; declared: Declared }>();

function declaredVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Declared {
  const known = declaredOf.get(operation);
  if (known?.schema === schema) return known.declared;
  let declared: Declared = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) {
      declared = null;
      break;
    }
    declared = [...declared, [definition.variable.name.value, type] as const];
  }
  declaredOf.set(operation, { schema, declared });
  return declared;
}

function shapeOf(type: GraphQLInputType, value: unknown): string {
  if (value === undefined) return '-';
  if (value === null) return 'null';
  if (isNonNullType(type)) return shapeOf(type.ofType, value);
  if (isListType(type)) {
    if (!Array.isArray(value)) return shapeOf(type.ofType, value);
    let items = '[';
    for (const item of value) items += `${shapeOf(type.ofType, item)},`;
    return `${items}]`;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
    const fields = type.getFields();
    let shape = '{';
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      shape += `${JSON.stringify(name)}:${field ? shapeOf(field.type, fieldValue) : JSON.stringify(fieldValue)},`;
    }
    return `${shape}}`;
  }
  if (typeof value === 'string' && isScalarType(type) && (type.name === 'String' || type.name === 'ID')) return 's';
  return JSON.stringify(value);
}
