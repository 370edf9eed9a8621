import { createConnection, type Connection } from 'mysql2/promise';
import { builtDb } from '../workspace';

/** A connection to the database server of `serverUrl` (mysql://user:password@host:port[?socket=path]), optionally to one database. */
export function connectToServer(serverUrl: string, database?: string): Promise<Connection> {
  return createConnection({
    ...builtDb().mysqlConnectionOptions(serverUrl),
    database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
}
