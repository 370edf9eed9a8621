import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { ensureMysqlDatabase, mysqlConnectionOptions, mysqlServerUrl } from './mysql';

/** Where a service's own database lives: a schema on a MySQL server, or an embedded SQLite file. */
export type DatabaseTarget = { kind: 'mysql'; serverUrl: string; database: string } | { kind: 'sqlite'; file: string };

export interface ServiceDatabaseOptions {
  target: DatabaseTarget;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger?: Logger;
  /** Upper bound for one SQL statement, in milliseconds (MySQL only; SQLite runs in-process). */
  queryTimeoutMs?: number;
  /** Told of each failed connection attempt before the next one (start-up retries). */
  onRetry?: (attempt: number, error: Error, delayMs: number) => void;
  /** How many times to try reaching the database at start-up. */
  connectAttempts?: number;
}

/** `<prefix>_<service>`: `passerelle_offers` by default; another prefix puts several graphs on one server. */
export function databaseNameFor(service: string, prefix = 'passerelle'): string {
  return `${prefix}_${service}`.replace(/[^a-z0-9]+/gi, '_');
}

/** Picks MySQL when a server URL is configured, the embedded file otherwise. */
export function targetFor(
  service: string,
  settings: { MYSQL_URL?: string; MYSQL_DATABASE_PREFIX?: string; SQLITE_DIR: string },
): DatabaseTarget {
  if (settings.MYSQL_URL) {
    return {
      kind: 'mysql',
      serverUrl: mysqlServerUrl(settings.MYSQL_URL),
      database: databaseNameFor(service, settings.MYSQL_DATABASE_PREFIX),
    };
  }
  return { kind: 'sqlite', file: path.resolve(settings.SQLITE_DIR, `${service}.sqlite`) };
}

/**
 * Builds and initialises a service's data source. Migrations are run by the caller
 * (`dataSource.runMigrations()`); the schema is never synchronised from entities.
 */
export async function createDataSource(options: ServiceDatabaseOptions): Promise<DataSource> {
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: false,
    synchronize: false,
    logger: options.logger,
    logging: options.logger ? (['query', 'error'] as const) : false,
  } satisfies Partial<DataSourceOptions>;

  const { target } = options;
  let dataSource: DataSource;
  if (target.kind === 'mysql') {
    await withRetries(() => ensureMysqlDatabase(target.serverUrl, target.database), options);
    const { user, ...server } = mysqlConnectionOptions(target.serverUrl);
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      ...server,
      username: user,
      database: target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: false,
      poolSize: 10,
      // trace: mysql2 captures a stack trace on every query, for the rare failed one (about 3 % of a
      // subgraph's CPU under load, by the bench's profiles); a failure still names its SQL and error
      extra: { connectTimeout: 10_000, trace: false },
    });
  } else {
    mkdirSync(path.dirname(target.file), { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      enableWAL: true,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    });
  }
  await dataSource.initialize();
  if (target.kind === 'mysql') await limitStatementTime(dataSource, options.queryTimeoutMs);
  return dataSource;
}

/**
 * Every pooled connection gets UTC and a statement time limit. MariaDB and MySQL name
 * the limit differently (max_statement_time in seconds, max_execution_time in ms for SELECTs).
 */
async function limitStatementTime(dataSource: DataSource, timeoutMs: number | undefined): Promise<void> {
  const [row] = await dataSource.query<{ version: string }[]>('SELECT VERSION() AS version');
  const mariadb = /mariadb/i.test(row?.version ?? '');
  const statements = ["SET time_zone = '+00:00'"];
  if (timeoutMs) {
    statements.push(
      mariadb ? `SET SESSION max_statement_time = ${timeoutMs / 1000}` : `SET SESSION max_execution_time = ${Math.round(timeoutMs)}`,
    );
  }
  const pool = (
    dataSource.driver as unknown as { pool: { on(event: 'connection', listener: (c: { query(sql: string): void }) => void): void } }
  ).pool;
  pool.on('connection', (connection) => {
    for (const sql of statements) connection.query(sql);
  });
  for (const sql of statements) await dataSource.query(sql);
}

async function withRetries<T>(attempt: () => Promise<T>, options: ServiceDatabaseOptions): Promise<T> {
  const attempts = options.connectAttempts ?? 10;
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= attempts) throw error;
      const delayMs = Math.min(500 * 2 ** (tried - 1), 5000);
      options.onRetry?.(tried, error as Error, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
