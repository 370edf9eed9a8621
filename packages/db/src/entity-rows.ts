import { getMetadataArgsStorage, type ValueTransformer } from 'typeorm';
import { booleanOf, dateOf, integerOf, jsonOf, memberOf, nullableTextOf, textOf } from './row-values';

type ColumnArgs = ReturnType<ReturnType<typeof getMetadataArgsStorage>['filterColumns']>[number];
type Row = Record<string, unknown>;

/** A column of a raw row, turned into what the entity holds. */
type ValueReader = (value: unknown) => unknown;

/**
 * The columns of an entity as a prebuilt statement reads them, and its rows as the entity holds
 * them, derived once from the entity's decorators (property and database names, types,
 * nullability, transformers): a new plain column is read with no line of its own. What
 * TypeORM's hydration does, without its per-row cost (see the services' `*-statements.ts`).
 */
export interface EntityRows<Shape> {
  /** The database names, in the entity's order. */
  readonly columns: readonly string[];
  /** "o.id AS id, o.title AS title, …": the columns of the table aliased `alias`, each under its own name. */
  select(alias: string): string;
  /** A raw row named as stored (by `select`, or `SELECT columns`) as the entity holds it. */
  read(row: Row): Shape;
}

interface ColumnReader {
  readonly property: string;
  readonly column: string;
  readonly read: ValueReader;
}

/** Every column of `entity` but `leftOut`. */
export function entityRowsWithout<Entity, LeftOut extends keyof Entity & string>(
  entity: abstract new () => Entity,
  leftOut: readonly LeftOut[],
): EntityRows<Omit<Entity, LeftOut>> {
  return entityRows(columnReadersOf(entity).filter((reader) => !(leftOut as readonly string[]).includes(reader.property)));
}

/** Only the columns `kept` of `entity`. */
export function entityRowsOf<Entity, Kept extends keyof Entity & string>(
  entity: abstract new () => Entity,
  kept: readonly Kept[],
): EntityRows<Pick<Entity, Kept>> {
  return entityRows(columnReadersOf(entity).filter((reader) => (kept as readonly string[]).includes(reader.property)));
}

function entityRows<Shape>(readers: readonly ColumnReader[]): EntityRows<Shape> {
  const columns = readers.map((reader) => reader.column);
  return {
    columns,
    select: (alias) => columns.map((column) => `${alias}.${column} AS ${column}`).join(', '),
    read: compiledReader(readers),
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * One function per entity that builds the object as a literal, `{ id: read0(row.id), … }`, as
 * TypeORM's own hydration would be written by hand: a loop of keyed writes took twice as long
 * per row, and the open offers model reads every offer at start. The names come from the
 * entity's decorators and are checked to be plain identifiers.
 */
function compiledReader<Shape>(readers: readonly ColumnReader[]): (row: Row) => Shape {
  for (const { property, column } of readers) {
    if (!IDENTIFIER.test(property) || !IDENTIFIER.test(column)) throw new Error(`${property} (${column}) is not a plain identifier`);
  }
  const fields = readers.map(({ property, column }, index) => `${property}: reads[${index}](row.${column})`).join(', ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- built once, from checked identifiers
  const build = new Function('reads', `return (row) => ({ ${fields} });`) as (reads: readonly ValueReader[]) => (row: Row) => Shape;
  return build(readers.map((reader) => reader.read));
}

/** Each column's name and reader, in declaration order (TypeORM's default naming: the property's name unless `name` says). */
function columnReadersOf(entity: abstract new () => unknown): ColumnReader[] {
  const columns = declaredColumnsOf(entity);
  if (!columns.length) throw new Error(`${entity.name} declares no columns: is it a TypeORM entity?`);
  return columns.map((args) => ({
    property: args.propertyName,
    column: args.options.name ?? args.propertyName,
    read: transformed(valueReaderOf(entity.name, args), args.options.transformer),
  }));
}

function valueReaderOf(entityName: string, { mode, propertyName, options }: ColumnArgs): ValueReader {
  if (mode === 'createDate' || mode === 'updateDate') return requiredDateOf;
  if (mode === 'version') return Number;
  const type = typeof options.type === 'string' ? options.type : undefined;
  const nullable = options.nullable === true;
  switch (type) {
    case 'varchar':
    case 'char':
    case 'text':
      return nullable ? nullableTextOf : textOf;
    case 'int':
    case 'integer':
    case 'smallint':
      return nullable ? integerOf : Number;
    case 'boolean':
      return nullable ? (value) => (value == null ? null : booleanOf(value)) : booleanOf;
    case 'datetime':
    case 'timestamp':
      return nullable ? dateOf : requiredDateOf;
    case 'simple-json':
      return nullable ? (value) => (value == null ? null : jsonOf(value)) : jsonOf;
    default:
      throw new Error(
        `${entityName}.${propertyName}: no row reader for a column of type ${String(options.type)}; add one in @passerelle/db's entity-rows`,
      );
  }
}

function transformed(read: ValueReader, transformer: ValueTransformer | ValueTransformer[] | undefined): ValueReader {
  if (!transformer) return read;
  if (!Array.isArray(transformer)) return (value): unknown => transformer.from(read(value));
  // TypeORM undoes a list of transformers last first
  const undo = [...transformer].reverse();
  return (value) => undo.reduce<unknown>((current, step): unknown => step.from(current), read(value));
}

function requiredDateOf(value: unknown): Date {
  const date = dateOf(value);
  if (!date) throw new TypeError('a DATETIME column that is never null held null');
  return date;
}

/**
 * A VARCHAR column whose entity property is one of `values` (an enum the entity declares):
 * checked as it is read, by TypeORM's hydration and by `EntityRows` alike.
 */
export function oneOf<Value extends string>(values: readonly Value[]): ValueTransformer {
  return { to: (value: unknown) => value, from: (value: unknown): Value => memberOf(values, value) };
}

/** What an entity's column declares that an input's check can follow: its type, length and nullability. */
export interface ColumnFacts {
  readonly type: string | undefined;
  readonly length: number | undefined;
  readonly nullable: boolean;
}

/** The columns of `entity` by property name, read once from its decorators. */
export function columnFactsOf(entity: abstract new () => unknown): ReadonlyMap<string, ColumnFacts> {
  return new Map(
    declaredColumnsOf(entity).map(({ propertyName, options }): [string, ColumnFacts] => [
      propertyName,
      {
        type: typeof options.type === 'string' ? options.type : undefined,
        length: options.length === undefined ? undefined : Number(options.length),
        nullable: options.nullable === true,
      },
    ]),
  );
}

/** The columns `entity` declares, with those of the classes it extends (TypeORM's own filter looks at one class). */
function declaredColumnsOf(entity: abstract new () => unknown): ColumnArgs[] {
  const classes: unknown[] = [];
  for (let type: unknown = entity; typeof type === 'function' && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    classes.push(type);
  }
  return getMetadataArgsStorage().filterColumns(classes as (abstract new () => unknown)[]);
}
