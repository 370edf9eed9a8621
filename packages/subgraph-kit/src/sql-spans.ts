import type { DataSource, QueryRunner } from 'typeorm';
import { inChildSpan } from '@passerelle/observability';

/**
 * A span per SQL statement on SQLite, which no OpenTelemetry instrumentation covers (MySQL's
 * come from instrumentation-mysql2), with the same attributes: the statement as TypeORM sends
 * it, placeholders and all, never the parameter values. Every statement passes through a query
 * runner's `query`, so each runner the driver hands out is wrapped once.
 */
export function traceSqliteStatements(dataSource: DataSource): void {
  const { driver } = dataSource;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const wrapped = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (!wrapped.has(runner)) {
      wrapped.add(runner);
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      runner.query = ((sql: string, ...rest: unknown[]) =>
        inChildSpan(sql.trimStart().split(/\s/, 1)[0]!.toUpperCase(), { 'db.system.name': 'sqlite', 'db.query.text': sql }, () =>
          query(sql, ...rest),
        )) as QueryRunner['query'];
    }
    return runner;
  };
}
