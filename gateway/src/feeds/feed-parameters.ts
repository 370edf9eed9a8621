import { INSTANT_FORM, instantOf } from '@passerelle/config';
import { buildSchema, getNamedType, getNullableType, isInputObjectType, isListType } from 'graphql';

/** Where one query parameter goes in the OfferFilter: a field (`countryCodes`) or a range's end (`deadlineFrom`). */
interface Parameter {
  path: [string] | [string, string];
  list: boolean;
  /** A DateTime: checked here, since the gateway passes custom scalars on to the subgraph unchecked. */
  instant: boolean;
}

export class FeedParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Why this supergraph cannot serve the feeds (no `Query.offers(filter: OfferFilter)`); undefined when it can. */
export function feedsUnservable(supergraphSdl: string): string | undefined {
  const schema = buildSchema(supergraphSdl);
  const offers = schema.getQueryType()?.getFields().offers;
  const filter = schema.getType('OfferFilter');
  if (!offers || !isInputObjectType(filter)) return 'the supergraph has no Query.offers and OfferFilter (the offers subgraph)';
  const argument = offers.args.find((arg) => arg.name === 'filter');
  if (!argument || getNamedType(argument.type) !== filter) {
    return 'Query.offers takes no filter of type OfferFilter';
  }
  return undefined;
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Query parameters as an OfferFilter, read from the supergraph's own OfferFilter type, so a
 * field added to the filter is a feed parameter at once: each field by its name (a list
 * repeated, `countryCodes=CD&countryCodes=SS`, or comma-separated, `countryCodes=CD,SS`), each
 * end of a range as `<field>From` / `<field>To`, and `first`, the number of entries. Values
 * are checked by the query itself, like any client's variables.
 */
export class FeedParameters {
  private readonly parameters = new Map<string, Parameter>();

  constructor(supergraphSdl: string) {
    const filter = buildSchema(supergraphSdl).getType('OfferFilter');
    if (!isInputObjectType(filter)) throw new Error('No feed parameters without an OfferFilter input type (see feedsUnservable)');
    for (const [name, field] of Object.entries(filter.getFields())) {
      const type = getNullableType(field.type);
      if (isInputObjectType(type)) {
        for (const [end, endField] of Object.entries(type.getFields())) {
          const instant = getNamedType(endField.type).name === 'DateTime';
          this.parameters.set(`${name}${capitalised(end)}`, { path: [name, end], list: false, instant });
        }
      } else {
        this.parameters.set(name, { path: [name], list: isListType(type), instant: getNamedType(type).name === 'DateTime' });
      }
    }
  }

  /** The names a feed accepts, for error messages. */
  get names(): string[] {
    return [...this.parameters.keys(), 'first'];
  }

  /** The query's variables; an unknown or repeated single parameter is refused, naming it. */
  variablesOf(search: URLSearchParams): { filter: Record<string, unknown>; first?: unknown } {
    const filter: Record<string, unknown> = {};
    let first: unknown;
    for (const name of new Set(search.keys())) {
      const values = search.getAll(name);
      if (name === 'first') {
        first = /^\d+$/.test(values[0]!) ? Number(values[0]) : values[0];
        continue;
      }
      const parameter = this.parameters.get(name);
      if (!parameter) throw new FeedParameterError(name, `Unknown parameter "${name}": a feed takes ${this.names.join(', ')}`);
      if (!parameter.list && values.length > 1) throw new FeedParameterError(name, `${name} may be given once`);
      const value = parameter.list
        ? values
            .flatMap((item) => item.split(','))
            .map((item) => item.trim())
            .filter(Boolean)
        : values[0]!;
      if (parameter.instant && !instantOf(value)) {
        throw new FeedParameterError(name, `${name} must be ${INSTANT_FORM}, on a day the calendar has`);
      }
      const [field, end] = parameter.path;
      if (end) filter[field] = { ...(filter[field] as Record<string, unknown> | undefined), [end]: value };
      else filter[field] = value;
    }
    return { filter, first };
  }

  /** The parameter a GraphQL error's `extensions.field` is about: `filter.deadline.from` → `deadlineFrom`, `filter.contractTypes.0` → `contractTypes`. */
  parameterOf(field: string): string {
    const [root, name, end] = field.split('.');
    if (root !== 'filter' || !name) return root ?? field;
    return end && !/^\d+$/.test(end) ? `${name}${capitalised(end)}` : name;
  }
}
