import type { Redis } from 'ioredis';

export interface CostBucketSettings {
  /** The bucket's capacity: the cost a client may spend at once after a pause. */
  burst: number;
  /** How fast the bucket leaks, in cost points per minute: the sustained budget. */
  costPerMinute: number;
}

export interface BucketCharge {
  admitted: boolean;
  /** Cost points the client could still spend now (after this charge, when admitted). */
  remaining: number;
  /** When refused, how long until this charge would fit; 0 when admitted. */
  retryAfterMs: number;
}

/**
 * A leaky bucket kept as GCRA keeps it: one number per client, the instant its bucket will
 * be empty ("theoretical arrival time"), in microseconds of the Redis server's clock, so that
 * every gateway process agrees whatever its own clock says. The bucket's level is that
 * instant minus now, in time; a charge is admitted when it still fits under the capacity.
 * The key expires when the bucket is empty: an idle client leaves nothing behind. A refused
 * charge changes nothing. Redis runs a script alone, so concurrent charges never over-admit.
 *
 * KEYS[1]: the client's bucket. ARGV: cost, burst (points), microseconds one point takes to leak.
 * Returns {admitted 0|1, remaining points, microseconds until the charge would fit}.
 */
const CHARGE_SCRIPT = `
local cost = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2]) * tonumber(ARGV[3])
local interval = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local empty_at = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local after = empty_at + cost * interval
if after - now > capacity then
  local remaining = math.max(0, math.floor((capacity - (empty_at - now)) / interval))
  return {0, remaining, math.ceil(after - now - capacity)}
end
local ttl_ms = math.ceil((after - now) / 1000)
if ttl_ms > 0 then
  redis.call('SET', KEYS[1], string.format('%.0f', after), 'PX', ttl_ms)
end
return {1, math.floor((capacity - (after - now)) / interval), 0}
`;

interface WithChargeCommand {
  chargeCostBucket(key: string, cost: number, burst: number, microsecondsPerPoint: number): Promise<[number, number, number]>;
}

export interface CostBuckets {
  /** Pours `cost` into `client`'s bucket if it fits; rejects when Redis cannot be reached. */
  charge(client: string, cost: number): Promise<BucketCharge>;
}

/** Each client's bucket is the key `rate:<client>`, after the connection's key prefix. */
export function costBuckets(redis: Redis, settings: CostBucketSettings): CostBuckets {
  redis.defineCommand('chargeCostBucket', { numberOfKeys: 1, lua: CHARGE_SCRIPT });
  const commands = redis as unknown as WithChargeCommand;
  const microsecondsPerPoint = 60_000_000 / settings.costPerMinute;
  return {
    async charge(client, cost) {
      const [admitted, remaining, retryAfterMicroseconds] = await commands.chargeCostBucket(
        `rate:${client}`,
        cost,
        settings.burst,
        microsecondsPerPoint,
      );
      return { admitted: admitted === 1, remaining, retryAfterMs: retryAfterMicroseconds / 1000 };
    },
  };
}
