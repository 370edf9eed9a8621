import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions, type Logger, type MixedList, type EntitySchema } from 'typeorm';
import { ensureMysqlDatabase, mysqlServerUrl } from './mysql';

/** Where a service's own database lives: a schema on a MySQL server, or an embedded SQLite file. */
export type DatabaseTarget =
  | { kind: 'mysql'; serverUrl: string; database: string }
  | { kind: 'sqlite'; file: string };

export interface ServiceDatabaseOptions {
  target: DatabaseTarget;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger?: Logger;
  /** Upper bound for one SQL statement, in milliseconds (MySQL only; SQLite runs in-process). */
  queryTimeoutMs?: number;
}

export function databaseNameFor(service: string): string {
  return `passerelle_${service.replace(/[^a-z0-9]+/gi, '_')}`;
}

/** Picks MySQL when a server URL is configured, the embedded file otherwise. */
export function targetFor(service: string, settings: { MYSQL_URL?: string; SQLITE_DIR: string }): DatabaseTarget {
  if (settings.MYSQL_URL) {
    return { kind: 'mysql', serverUrl: mysqlServerUrl(settings.MYSQL_URL), database: databaseNameFor(service) };
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
    await ensureMysqlDatabase(target.serverUrl, target.database);
    const server = new URL(target.serverUrl);
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      host: server.hostname,
      port: server.port ? Number(server.port) : 3306,
      username: decodeURIComponent(server.username) || 'root',
      password: decodeURIComponent(server.password),
      database: target.database,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: false,
      poolSize: 10,
      extra: { connectTimeout: 10_000 },
      ...(options.queryTimeoutMs ? { maxQueryExecutionTime: options.queryTimeoutMs } : {}),
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
  if (target.kind === 'mysql') await dataSource.query("SET time_zone = '+00:00'");
  return dataSource;
}
