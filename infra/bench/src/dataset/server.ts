import { createConnection, type Connection } from 'mysql2/promise';

/** A connection to the database server of `serverUrl` (mysql://user:password@host:port), optionally to one database. */
export function connectToServer(serverUrl: string, database?: string): Promise<Connection> {
  const server = new URL(serverUrl);
  return createConnection({
    host: server.hostname,
    port: server.port ? Number(server.port) : 3306,
    user: decodeURIComponent(server.username) || 'root',
    password: decodeURIComponent(server.password),
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
}
