import type { DataSource, EntityManager } from 'typeorm';

/*
 * On SQLite, TypeORM's better-sqlite3 driver has one connection and one query runner for
 * everyone: two transactions at once do not wait for each other, the second becomes a
 * savepoint inside the first (committed or rolled back with it) or fails to begin. So on
 * SQLite a service's transactions run one after another; MySQL gives each its own
 * connection and needs no such queue. Every write goes through here.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/** `dataSource.transaction(work)`, one at a time on SQLite. */
export function inTransaction<Result>(dataSource: DataSource, work: (manager: EntityManager) => Promise<Result>): Promise<Result> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const result = previous.then(() => dataSource.transaction(work));
  queues.set(dataSource, result.catch(() => undefined));
  return result;
}
