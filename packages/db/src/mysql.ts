import { createConnection } from 'mysql2/promise';

/** The server part of a MySQL URL: a database named in its path is ignored. */
export function mysqlServerUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

/**
 * How to reach the server of a MySQL URL. `?socket=/run/mysqld/mysqld.sock` connects through
 * that Unix socket instead of TCP, for a server on the same host: on this project's bench
 * machine a query round trip costs the client about half the CPU it costs over loopback TCP.
 */
export function mysqlConnectionOptions(serverUrl: string) {
  const server = new URL(serverUrl);
  const socketPath = server.searchParams.get('socket') ?? undefined;
  return {
    host: server.hostname,
    port: server.port ? Number(server.port) : 3306,
    ...(socketPath ? { socketPath } : {}),
    user: decodeURIComponent(server.username) || 'root',
    password: decodeURIComponent(server.password),
  };
}

const SAFE_NAME = /^[A-Za-z0-9_]+$/;

export async function ensureMysqlDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`Unsafe database name: ${database}`);
  const connection = await createConnection(mysqlConnectionOptions(serverUrl));
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

export async function dropMysqlDatabase(serverUrl: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`Unsafe database name: ${database}`);
  const connection = await createConnection(mysqlConnectionOptions(serverUrl));
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}
