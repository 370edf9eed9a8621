import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Identity } from '@passerelle/auth';
import { GraphQLError, Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { subgraphHttpError, subgraphUnavailable } from '../errors';
import { cacheControlOf, serialisedOnce, SubgraphFetchFailed, type Next, type SubgraphAnswer, type SubgraphFetch } from './fetch-context';
import { unavailableAnswer } from './unavailable-answer';

/** What the data source reads of the gateway's request context (GatewayContext has it all). */
export interface FetchRequestContext {
  requestId?: string;
  viewer?: Identity | null;
  authorization?: string;
  /** Subgraphs that failed during this request: the request's later fetches to them fail at once. */
  unavailableSubgraphs?: Map<string, GraphQLError>;
}

export interface SubgraphFetchMetrics {
  duration: Histogram<'subgraph'>;
  failures: Counter<'subgraph' | 'reason'>;
}

export function subgraphFetchMetrics(registry: Registry): SubgraphFetchMetrics {
  return {
    duration: new Histogram({
      name: 'passerelle_subgraph_fetch_duration_seconds',
      help: 'Time of each gateway fetch to a subgraph',
      labelNames: ['subgraph'] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    failures: new Counter({
      name: 'passerelle_subgraph_fetch_failures_total',
      help: 'Gateway fetches to a subgraph that failed, by reason (timeout, unreachable, circuit_open, http_<status>)',
      labelNames: ['subgraph', 'reason'] as const,
      registers: [registry],
    }),
  };
}

/**
 * One per subgraph, in place of Apollo's RemoteGraphQLDataSource: turns the query plan's fetch
 * into a typed fetch, runs it through the pipeline, and turns what comes back into the answer
 * Apollo merges. A subgraph refuses a request it cannot take (a malformed argument, a bad
 * token) with a 4xx and a GraphQL body naming the problem: that body is its answer, passed on
 * as it is. A subgraph that cannot answer leaves nulls where its data would go, each with a
 * SERVICE_UNAVAILABLE error at its path, and is not called again during the same request, so
 * one request waits for its time limit once at most.
 */
export class SubgraphDataSource implements GraphQLDataSource<FetchRequestContext> {
  /** This subgraph's fetch-duration series, looked up once rather than by its labels at every fetch. */
  private readonly duration: ReturnType<Histogram<'subgraph'>['labels']>;

  constructor(
    private readonly subgraph: string,
    private readonly url: string,
    private readonly send: Next,
    private readonly metrics: SubgraphFetchMetrics,
  ) {
    this.duration = metrics.duration.labels({ subgraph });
  }

  async process(options: GraphQLDataSourceProcessOptions<FetchRequestContext>): ReturnType<GraphQLDataSource['process']> {
    const fetch = this.fetchOf(options);
    const unavailable = (options.context as FetchRequestContext).unavailableSubgraphs;
    const failedBefore = unavailable?.get(this.subgraph);
    if (failedBefore) return unavailableAnswer(fetch.document, fetch.variables, failedBefore);
    try {
      const answer = await this.answerTo(fetch);
      if ('incomingRequestContext' in options) restrictCachePolicy(options.incomingRequestContext.overallCachePolicy, answer.cacheControl);
      return answer.body!;
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'SERVICE_UNAVAILABLE') throw error;
      unavailable?.set(this.subgraph, error);
      return unavailableAnswer(fetch.document, fetch.variables, error);
    }
  }

  /** The pipeline's answer, or the coded error it comes to; timed and counted. */
  private async answerTo(fetch: SubgraphFetch): Promise<SubgraphAnswer> {
    const { subgraph, metrics } = this;
    const stopTimer = this.duration.startTimer();
    let answer: SubgraphAnswer;
    try {
      answer = await this.send(fetch);
    } catch (error) {
      const reason = error instanceof SubgraphFetchFailed ? error.reason : 'unreachable';
      metrics.failures.inc({ subgraph, reason });
      throw subgraphUnavailable(subgraph, reason);
    } finally {
      stopTimer();
    }
    const { status, body } = answer;
    if (status >= 200 && status <= 299) {
      if (!body) throw subgraphUnavailable(subgraph, 'unreachable');
      return answer;
    }
    metrics.failures.inc({ subgraph, reason: `http_${status}` });
    if (status >= 400 && status <= 499 && Array.isArray(body?.errors) && body.errors.length > 0) return answer;
    throw subgraphHttpError(subgraph, status);
  }

  private fetchOf(options: GraphQLDataSourceProcessOptions<FetchRequestContext>): SubgraphFetch {
    const { request } = options;
    const context = options.context as FetchRequestContext;
    const incoming = 'incomingRequestContext' in options ? options : undefined;
    const query = request.query ?? '';
    const document = incoming?.document ?? documentOf(query);
    const headers: Record<string, string> = {};
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    if (context.requestId) headers['x-request-id'] = context.requestId;
    if (context.authorization) headers.authorization = context.authorization;
    const variables = request.variables ?? {};
    return {
      subgraph: this.subgraph,
      url: this.url,
      document,
      query,
      operationName: request.operationName,
      variables,
      ...operationOf(document),
      forQuery: incoming?.incomingRequestContext.operation?.operation === OperationTypeNode.QUERY,
      viewer: context.viewer ?? null,
      authorization: context.authorization,
      headers,
      body: serialisedOnce(query, variables, request.operationName),
    };
  }
}

const operations = new WeakMap<DocumentNode, Pick<SubgraphFetch, 'kind' | 'entities'>>();

/** The fetch's kind, and whether it asks for `_entities`: read once per document of the plan. */
function operationOf(document: DocumentNode): Pick<SubgraphFetch, 'kind' | 'entities'> {
  let operation = operations.get(document);
  if (!operation) {
    const definition = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
    operation = {
      kind: definition?.operation ?? OperationTypeNode.QUERY,
      entities:
        definition?.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '_entities') ??
        false,
    };
    operations.set(document, operation);
  }
  return operation;
}

/** Apollo passes no document with the fetches it makes of its own (health checks): parsed here, the last few kept. */
const parsedQueries = new Map<string, DocumentNode>();
function documentOf(query: string): DocumentNode {
  let document = parsedQueries.get(query);
  if (!document) {
    document = parse(query, { noLocation: true });
    if (parsedQueries.size >= 100) parsedQueries.clear();
    parsedQueries.set(query, document);
  }
  return document;
}

/** As RemoteGraphQLDataSource does: the subgraph's Cache-Control bounds the whole answer's (no max-age: uncacheable). */
interface CachePolicy {
  restrict(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void;
}

const isCachePolicy = (policy: unknown): policy is CachePolicy =>
  typeof policy === 'object' && policy !== null && 'restrict' in policy && typeof policy.restrict === 'function';

function restrictCachePolicy(policy: unknown, cacheControl?: string) {
  if (!isCachePolicy(policy)) return;
  const { directives, maxAge = 0 } = cacheControlOf(cacheControl);
  const scope = directives.has('public') ? 'PUBLIC' : directives.has('private') ? 'PRIVATE' : undefined;
  policy.restrict({ maxAge, ...(scope ? { scope } : {}) });
}
