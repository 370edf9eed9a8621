import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Identity } from '@passerelle/auth';
import { operationLabel, type Logger } from '@passerelle/observability';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import type { OperationCosts } from '../cost/operation-cost';
import { costBuckets, type CostBucketSettings } from './cost-bucket';

export const RATE_LIMITED = 'RATE_LIMITED';

export interface RateLimitOptions extends CostBucketSettings {
  /** The connection every gateway process shares its buckets through. */
  redis: Redis;
}

/** Who a request is charged to. */
export interface RateLimitedContext {
  viewer: Identity | null;
  /** The address the request came from; absent for the gateway's own operations (feeds). */
  clientAddress?: string;
}

/** The budget left, beside `extensions.cost` on every answer, as GitHub's and Shopify's APIs report theirs. */
export interface RateLimitStatus {
  /** The bucket's capacity, in cost points. */
  limit: number;
  remaining: number;
  /** Cost points that come back each second. */
  refillPerSecond: number;
}

/** Beyond this, a charge is given up and the request admitted, as if Redis were down. */
const CHARGE_TIMEOUT_MS = 1000;

export interface RateLimitPluginOptions extends RateLimitOptions {
  /** Each operation's estimate, shared with demand control when it is on. */
  costs: OperationCosts;
  /** With demand control on, its limit: operations it refuses are charged nothing. */
  maxCost?: number;
  registry: Registry;
  logger: Logger;
}

/**
 * The rate limit as a feature of its own: each operation is charged its estimated cost before
 * any subgraph is called, whether or not demand control is on, and every answer it admits
 * reports the budget left (`extensions.rateLimit`). Operations demand control refuses (over
 * `maxCost`, or too intricate to estimate) are charged nothing; without demand control, one
 * estimated above the burst, or too intricate to estimate, is charged the whole burst, so
 * that a full bucket admits it.
 */
export function rateLimitPlugin<Context extends RateLimitedContext>(options: RateLimitPluginOptions): ApolloServerPlugin<Context> {
  const charge = rateLimit(options, options.registry, options.logger);
  const demandControlled = options.maxCost !== undefined;
  return {
    async requestDidStart() {
      let status: { rateLimit: RateLimitStatus } | undefined;
      return {
        async didResolveOperation(requestContext) {
          const cost = options.costs.of(requestContext);
          if (!cost) return;
          if ('tooComplex' in cost) {
            if (!demandControlled) status = await charge(options.burst, requestContext.contextValue, requestContext.operationName);
            return;
          }
          if (demandControlled && cost.estimate > options.maxCost!) return;
          status = await charge(Math.min(cost.estimate, options.burst), requestContext.contextValue, requestContext.operationName);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !status) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...status };
        },
      };
    },
  };
}

/**
 * Charges each operation's estimated cost (at least 1, so that free operations are counted
 * too) to its client's bucket, shared by every gateway process through Redis: the verified
 * token's subject, else the client's address. A charge that does not fit is refused with
 * HTTP 429, `Retry-After` and RATE_LIMITED. While Redis cannot be reached, requests are
 * admitted unlimited (fail open): the warning is logged once and each one is counted.
 */
export function rateLimit(options: RateLimitOptions, registry: Registry, logger: Logger) {
  const buckets = costBuckets(options.redis, options);
  const refused = new Counter({
    name: 'passerelle_rate_limited_total',
    help: 'Operations refused with RATE_LIMITED because their client had spent its budget, by operation name',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const unchecked = new Counter({
    name: 'passerelle_rate_limit_unchecked_total',
    help: 'Operations admitted without a rate limit check because Redis could not be reached in time',
    registers: [registry],
  });
  let failing = false;

  return async function charge(
    estimate: number,
    context: RateLimitedContext,
    operationName?: string | null,
  ): Promise<{ rateLimit: RateLimitStatus } | undefined> {
    const client = clientOf(context);
    if (!client) return undefined;
    let outcome;
    try {
      outcome = await withTimeout(buckets.charge(client, Math.max(1, estimate)), CHARGE_TIMEOUT_MS);
    } catch (error) {
      unchecked.inc();
      if (!failing) logger.warn({ err: error }, 'rate limits not enforced: Redis cannot be reached; admitting requests until it can');
      failing = true;
      return undefined;
    }
    if (failing) logger.info('rate limits enforced again');
    failing = false;
    if (!outcome.admitted) {
      refused.inc({ operation: operationLabel(operationName) });
      throw rateLimited(Math.ceil(outcome.retryAfterMs / 1000));
    }
    return { rateLimit: { limit: options.burst, remaining: outcome.remaining, refillPerSecond: options.costPerMinute / 60 } };
  };
}

function clientOf({ viewer, clientAddress }: RateLimitedContext): string | undefined {
  if (viewer) return `subject:${viewer.subject}`;
  return clientAddress && `address:${clientAddress}`;
}

function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Rate limited: this client has spent its budget of cost points for now; retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
