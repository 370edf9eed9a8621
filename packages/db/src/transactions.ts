import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';

/*
 * On SQLite, TypeORM's better-sqlite3 driver has one connection and one query runner for
 * everyone: two transactions at once do not wait for each other, the second becomes a
 * savepoint inside the first (committed or rolled back with it) or fails to begin. So on
 * SQLite a service's transactions run one after another: each sees every earlier one
 * committed, which makes them serializable (one process per SQLite file, as documented;
 * another process's write would make SQLite refuse ours with SQLITE_BUSY, never interleave).
 * MySQL gives each transaction its own connection: InnoDB may then end one of two that lock
 * rows in opposite orders (a deadlock) or that wait too long for a lock; such a transaction
 * was rolled back whole, so it is run again. Every write goes through here.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/** ER_LOCK_DEADLOCK and ER_LOCK_WAIT_TIMEOUT: the transaction lost a race for locks and may be run again. */
const LOCK_CONFLICTS = new Set([1213, 1205]);
/** Attempts of one transaction on MySQL before its lock conflict reaches the caller. */
export const TRANSACTION_ATTEMPTS = 5;

/** Whether an error is MySQL's answer to a lock conflict (TypeORM copies the driver's errno onto its QueryFailedError). */
export function isLockConflict(error: unknown): boolean {
  const errno =
    (error as { errno?: unknown; driverError?: { errno?: unknown } } | null)?.driverError?.errno ??
    (error as { errno?: unknown } | null)?.errno;
  return typeof errno === 'number' && LOCK_CONFLICTS.has(errno);
}

/**
 * `dataSource.transaction(work)`: one at a time on SQLite; on MySQL run again, after a short
 * random pause, when InnoDB chose it as a deadlock's victim or its lock wait timed out.
 * `work` must touch nothing but the database, as it may run more than once.
 */
export function inTransaction<Result>(dataSource: DataSource, work: (manager: EntityManager) => Promise<Result>): Promise<Result> {
  if (dataSource.options.type !== 'better-sqlite3') return withRetries(() => dataSource.transaction(work));
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const result = previous.then(() => dataSource.transaction(work));
  queues.set(
    dataSource,
    result.catch(() => undefined),
  );
  return result;
}

async function withRetries<Result>(transaction: () => Promise<Result>): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isLockConflict(error)) throw error;
      // Random, so that the two sides of a deadlock do not meet again at once; growing with each attempt.
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}
