import { createHash } from 'node:crypto';
import { Kind, parse, print, stripIgnoredCharacters, visit, type SelectionNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { SubgraphAnswer } from '../subgraph-fetcher';
import type { EntityStore, StoredEntity } from './entity-stores';

export function entityCacheLookups(registry: Registry): Counter<'subgraph' | 'result'> {
  return new Counter({
    name: 'passerelle_entity_cache_lookups_total',
    help: 'Entities of anonymous query fetches looked up in the gateway entity cache, by subgraph and result (hit, miss, unavailable: Redis could not be reached)',
    labelNames: ['subgraph', 'result'] as const,
    registers: [registry],
  });
}

interface EntitiesRequest {
  query: string;
  variables: { representations: unknown[] } & Record<string, unknown>;
}

interface EntitiesAnswer {
  data?: { _entities?: unknown[] | null } | null;
  errors?: { path?: (string | number)[] }[];
  extensions?: unknown;
}

const ENTITY_QUERY = '_entities(representations:';
const MUTATION_FETCH = /^\{"query":"\s*mutation\b/;

/** A fetch the query planner makes for entities (`_entities(representations: …)`). */
export const isEntitiesFetch = (body: string): boolean => body.includes(ENTITY_QUERY);
/** A fetch that writes: the body as RemoteGraphQLDataSource serialises it, query first. */
export const isMutationFetch = (body: string): boolean => MUTATION_FETCH.test(body);

/**
 * Entities of anonymous `_entities` fetches, kept per subgraph, selection (the fetch's query
 * and other variables) and representation, as long as the subgraph's Cache-Control allows,
 * at most `maxTtlSeconds`. Only the entities not found are asked for; the answer is merged
 * back in the representations' order, errors at the indexes the caller asked for.
 */
export class EntityCache {
  constructor(
    private readonly store: EntityStore,
    private readonly maxTtlSeconds: number,
    private readonly lookups: Counter<'subgraph' | 'result'>,
  ) {}

  private readonly selections = new NormalisedSelections();

  /** After a mutation fetch to `subgraph` (answered or not): none of its entities stored before is read again. */
  newGeneration(subgraph: string): Promise<void> {
    return this.store.newGeneration(subgraph);
  }

  /** The answer to an anonymous entities fetch, from the cache where it can, `exchange` sending the rest. */
  async fetch(subgraph: string, body: string, exchange: (body: string) => Promise<SubgraphAnswer>): Promise<SubgraphAnswer> {
    const request = JSON.parse(body) as EntitiesRequest;
    const representations = request.variables?.representations;
    if (!Array.isArray(representations) || representations.length === 0) return exchange(body);
    const generation = await this.store.generation(subgraph);
    if (generation === undefined) {
      this.lookups.inc({ subgraph, result: 'unavailable' }, representations.length);
      return exchange(body);
    }
    const selection = createHash('sha1').update(this.selections.of(request.query)).update('\n').update(sortedJson({ ...request.variables, representations: null })).digest('base64url');
    const keys = representations.map((representation) => `${subgraph}:${generation}:${selection}:${sortedJson(representation)}`);
    const now = Date.now();
    const found = (await this.store.read(keys)).map((value) => (value === undefined ? undefined : storedEntity(value, now)));
    const missing = found.flatMap((entity, index) => (entity ? [] : [index]));
    this.count(subgraph, representations.length - missing.length, missing.length);
    const hits = found.filter((entity) => entity !== undefined);
    const hitsMaxAge = Math.min(...hits.map((entity) => entity.maxAge));
    if (missing.length === 0) return entitiesAnswer(200, { 'content-type': 'application/json', 'cache-control': `max-age=${hitsMaxAge}, public` }, found.map((entity) => entity!.json), undefined);

    const askedBody = missing.length === representations.length ? body : JSON.stringify({ ...request, variables: { ...request.variables, representations: missing.map((index) => representations[index]) } });
    const answer = await exchange(askedBody);
    const parsed = parseAnswer(answer.text);
    const maxAge = storableMaxAge(answer, parsed, missing.length);
    // not awaited: an entity stored late is stored under the generation its fetch began in all the same
    if (maxAge > 0) void this.store.write(this.toStore(parsed!.data!._entities!, missing.map((index) => keys[index]!), Math.min(maxAge, this.maxTtlSeconds), now));
    if (missing.length === representations.length || !parsed) return answer;

    const answered = parsed.data?._entities;
    const entities = found.map((entity) => entity?.json);
    missing.forEach((index, position) => (entities[index] = JSON.stringify(answered?.[position] ?? null)));
    const errors = parsed.errors?.map((error) => ({ ...error, path: originalPath(error.path, missing) }));
    const headers = { 'content-type': 'application/json', 'cache-control': maxAge > 0 ? `max-age=${Math.min(maxAge, hitsMaxAge)}, public` : answer.headers['cache-control'] };
    return entitiesAnswer(answer.statusCode, headers, entities as string[], errors);
  }

  private toStore(entities: unknown[], keys: string[], ttlSeconds: number, now: number): StoredEntity[] {
    const expiresAt = Math.floor(now / 1000) + ttlSeconds;
    return entities.flatMap((entity, position) => (entity === null ? [] : [{ key: keys[position]!, value: `${expiresAt} ${JSON.stringify(entity)}`, ttlSeconds }]));
  }

  private count(subgraph: string, hits: number, misses: number): void {
    if (hits > 0) this.lookups.inc({ subgraph, result: 'hit' }, hits);
    if (misses > 0) this.lookups.inc({ subgraph, result: 'miss' }, misses);
  }
}

/**
 * What an entities fetch selects, whatever the client chose to vary freely: the query planner
 * names each fetch after the client's operation (`query Page__organisations__1`), and keeps
 * the order of its aliases. Keyed on the query text, each operation name would store the same
 * entities again. The fetch is printed without its operation name, its selections in a
 * stable order; the last texts seen are remembered so that a hot fetch is parsed once.
 */
export class NormalisedSelections {
  private readonly recent = new Map<string, string>();

  constructor(private readonly remembered = 256) {}

  of(query: string): string {
    let normalised = this.recent.get(query);
    if (normalised === undefined) {
      normalised = normalisedSelection(query);
      if (this.recent.size >= this.remembered) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(query, normalised);
    }
    return normalised;
  }
}

export function normalisedSelection(query: string): string {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return query;
  }
  const normalised = visit(document, {
    OperationDefinition: (operation) => ({ ...operation, name: undefined }),
    SelectionSet: {
      leave: (selectionSet) => ({ ...selectionSet, selections: [...selectionSet.selections].sort(bySelection) }),
    },
  });
  return stripIgnoredCharacters(print(normalised));
}

const printed = (selection: SelectionNode) => (selection.kind === Kind.FIELD ? `${selection.alias?.value ?? selection.name.value} ${print(selection)}` : print(selection));
const bySelection = (a: SelectionNode, b: SelectionNode) => (printed(a) < printed(b) ? -1 : printed(a) > printed(b) ? 1 : 0);

/** A stored value is `<expiry, unix seconds> <entity JSON>`: the expiry gives the hit's remaining max-age. */
function storedEntity(value: string, now: number): { json: string; maxAge: number } | undefined {
  const space = value.indexOf(' ');
  const maxAge = Number(value.slice(0, space)) - Math.floor(now / 1000);
  return maxAge > 0 ? { json: value.slice(space + 1), maxAge } : undefined;
}

function parseAnswer(text: string): EntitiesAnswer | undefined {
  try {
    return JSON.parse(text) as EntitiesAnswer;
  } catch {
    return undefined;
  }
}

/** The answer's max-age when it may be stored (public, complete, no errors); 0 when not. */
function storableMaxAge(answer: SubgraphAnswer, parsed: EntitiesAnswer | undefined, asked: number): number {
  if (answer.statusCode !== 200 || !parsed || parsed.errors?.length || parsed.data?._entities?.length !== asked) return 0;
  const cacheControl = String(answer.headers['cache-control'] ?? '');
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return 0;
  return Number(/\bmax-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}

/** An error's path in the fetch the gateway asked for: `_entities.<i>` of the subset is `_entities.<missing[i]>`. */
function originalPath(path: (string | number)[] | undefined, missing: number[]): (string | number)[] | undefined {
  if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return path;
  return ['_entities', missing[path[1]] ?? path[1], ...path.slice(2)];
}

/** Entities whose subset fetch failed whole are null, with its errors, as they would be without the cache. */
function entitiesAnswer(statusCode: number, headers: SubgraphAnswer['headers'], entities: string[], errors: EntitiesAnswer['errors']): SubgraphAnswer {
  const text = `{"data":{"_entities":[${entities.join(',')}]}${errors ? `,"errors":${JSON.stringify(errors)}` : ''}}`;
  return { statusCode, headers, text };
}

/** JSON with every object's keys in order, so that equal representations make equal keys. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
