import { z } from '@passerelle/config';
import { columnFactsOf, type ColumnFacts } from '@passerelle/db';
import { Kind, type DocumentNode, type InputValueDefinitionNode } from 'graphql';
import { fields } from './input';

/*
 * An input object's check built from its GraphQL definition, so that a new scalar field is
 * checked with no line of its own: each field takes its scalar's default rule (below), an
 * enum its values, and a rule of the service's only where it needs more. A list or input
 * object has no default: the compiler asks for its rule (FieldRules), and so does the start.
 * Where the input writes an entity, the entity's columns say a String's length and which
 * fields an update may clear.
 */

/** A one-line String that no column bounds. */
export const DEFAULT_STRING_MAX = 200;
/** A String written to a TEXT column: paragraphs. */
export const DEFAULT_TEXT_MAX = 2000;

/** The default rule of each custom scalar a service declares (DateTime: which instants it takes). */
export type ScalarRules = Readonly<Record<string, z.ZodType>>;

type Present<T> = Exclude<T, null | undefined>;
type Composite<T> = Present<T> extends Date ? false : Present<T> extends object ? true : false;
type CompositeField<Input> = { [Name in keyof Input]-?: Composite<Input[Name]> extends true ? Name : never }[keyof Input];
type RequiredField<Input> = { [Name in keyof Input]-?: object extends Pick<Input, Name> ? never : Name }[keyof Input];

/** A rule for every list or input-object field, and for any scalar field its default does not fit. */
export type FieldRules<Input> = { [Name in CompositeField<Input>]-?: z.ZodType<Present<Input[Name]>> } & {
  [Name in Exclude<keyof Input, CompositeField<Input>>]?: z.ZodType<Present<Input[Name]>>;
};

type Checked<Input, Rules, Name extends keyof Input> = Name extends keyof Rules ? z.output<Rules[Name]> : Present<Input[Name]>;

/** A new record's input once checked: every field present, null where it was left out or null. */
export type NewRecordInput<Input, Rules> = {
  [Name in keyof Input]-?: Checked<Input, Rules, Name> | (Name extends RequiredField<Input> ? never : null);
};

/** Changes once checked: a field left out stays as it is; null only where the column may be null. */
export type ChangesInput<Input, Rules, Columns> = {
  [Name in keyof Input]?: Checked<Input, Rules, Name> | (Name extends keyof Columns ? (null extends Columns[Name] ? null : never) : never);
};

/** An input object type of a schema, with the columns of the entity it writes. */
export interface InputDefinition<Input, Columns> {
  readonly document: DocumentNode;
  readonly typeName: string;
  readonly fields: readonly InputValueDefinitionNode[];
  readonly columns: ReadonlyMap<string, ColumnFacts>;
  readonly scalars: ScalarRules;
  /** Types only: the generated input type and the entity's. */
  readonly types?: { input: Input; columns: Columns };
}

export function inputDefinition<Input, Columns = Record<never, never>>(
  document: DocumentNode,
  typeName: string,
  options: { entity?: abstract new () => Columns; scalars?: ScalarRules } = {},
): InputDefinition<Input, Columns> {
  const definition = document.definitions.find((node) => node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && node.name.value === typeName);
  if (definition?.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION) throw new Error(`the schema declares no input ${typeName}`);
  return {
    document,
    typeName,
    fields: definition.fields ?? [],
    columns: options.entity ? columnFactsOf(options.entity) : new Map(),
    scalars: options.scalars ?? {},
  };
}

/** A new record's check: a required field must be given; a nullable one left out is null. Unknown fields are refused. */
export function newRecordInput<Input, Columns, Rules extends FieldRules<Input>>(
  definition: InputDefinition<Input, Columns>,
  rules: Rules,
): z.ZodType<NewRecordInput<Input, Rules>> {
  const shape = shapeOf(definition, rules, (schema, field) => (isRequired(field) ? schema : schema.nullable().default(null)));
  // the shape was built field by field from the definition the generated Input type comes from
  return z.strictObject(shape) as unknown as z.ZodType<NewRecordInput<Input, Rules>>;
}

/**
 * Changes' check: every field may be left out; null clears a field whose column may be null,
 * and is refused for any other (a required column, a list: [] empties it). Unknown fields are refused.
 */
export function changesInput<Input, Columns, Rules extends FieldRules<Input>>(
  definition: InputDefinition<Input, Columns>,
  rules: Rules,
): z.ZodType<ChangesInput<Input, Rules, Columns>> {
  const shape = shapeOf(definition, rules, (schema, field) =>
    definition.columns.get(field.name.value)?.nullable ? schema.nullish() : kept(schema),
  );
  return z
    .strictObject(shape)
    .refine((input) => Object.keys(input).length > 0, { message: 'must change at least one field' }) as unknown as z.ZodType<
    ChangesInput<Input, Rules, Columns>
  >;
}

function shapeOf<Input, Columns>(
  definition: InputDefinition<Input, Columns>,
  rules: object,
  presence: (schema: z.ZodType, field: InputValueDefinitionNode) => z.ZodType,
): Record<string, z.ZodType> {
  const ruled = new Map(Object.entries(rules).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType));
  const names = new Set(definition.fields.map((field) => field.name.value));
  const unknown = Object.keys(rules).filter((name) => !names.has(name) || !ruled.has(name));
  if (unknown.length) throw new Error(`${definition.typeName} has no field ${unknown.join(', ')} to check with a rule`);
  return Object.fromEntries(
    definition.fields.map((field) => [field.name.value, presence(ruled.get(field.name.value) ?? defaultRule(definition, field), field)]),
  );
}

function isRequired(field: InputValueDefinitionNode): boolean {
  return field.type.kind === Kind.NON_NULL_TYPE;
}

function defaultRule<Input, Columns>(definition: InputDefinition<Input, Columns>, field: InputValueDefinitionNode): z.ZodType {
  const type = field.type.kind === Kind.NON_NULL_TYPE ? field.type.type : field.type;
  const where = `${definition.typeName}.${field.name.value}`;
  if (type.kind === Kind.LIST_TYPE) throw new Error(`${where} is a list: give it a rule`);
  const name = type.name.value;
  const declared = definition.document.definitions.find((node) => 'name' in node && node.name?.value === name);
  if (declared?.kind === Kind.ENUM_TYPE_DEFINITION) {
    const values = (declared.values ?? []).map((value) => value.name.value);
    return z.enum(values, { error: `must be one of ${values.join(', ')}` });
  }
  if (declared?.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) throw new Error(`${where} is an input object: give it a rule`);
  switch (name) {
    case 'String':
      return stringRule(definition.columns.get(field.name.value));
    case 'ID':
      return fields.id;
    case 'Int':
      return z.number().int();
    case 'Float':
      return z.number();
    case 'Boolean':
      return z.boolean();
  }
  const scalar = definition.scalars[name];
  if (!scalar) throw new Error(`${where} is a ${name}, a scalar with no default rule: pass one in scalars`);
  return scalar;
}

/** One line as long as the column holds (DEFAULT_STRING_MAX without one); paragraphs for a TEXT column. */
function stringRule(column: ColumnFacts | undefined): z.ZodType {
  if (column?.type === 'text') return fields.multilineText(DEFAULT_TEXT_MAX);
  return fields.text(column?.length ?? DEFAULT_STRING_MAX);
}

/** May be left out, not sent as null: a field that is never empty. */
function kept(schema: z.ZodType): z.ZodType {
  return schema
    .nullable()
    .superRefine((value, context) => {
      if (value === null) context.addIssue({ code: 'custom', message: 'cannot be cleared: leave it out to keep it as it is' });
    })
    .optional();
}
