import { createDataSource, type DatabaseTarget } from '../src';
import { testDatabaseTargets } from '@passerelle/testing';

const mysql = testDatabaseTargets('db').find((database) => database.label === 'mysql');
/** Where Debian's MariaDB listens locally (CI installs and starts it there). */
const MARIADB_SOCKET = process.env.MYSQL_SOCKET ?? '/run/mysqld/mysqld.sock';

describe('createDataSource', () => {
  afterAll(() => mysql?.cleanup());

  (mysql ? it : it.skip)('stops a MySQL statement that runs past the time limit', async () => {
    const dataSource = await createDataSource({ target: mysql!.create(), entities: [], migrations: [], queryTimeoutMs: 500 });
    try {
      const started = Date.now();
      const outcome = await dataSource.query('SELECT SLEEP(5) AS slept').then(
        (rows: { slept: number | string }[]) => rows[0]?.slept,
        (error: Error) => error.message,
      );
      // MariaDB raises "Query execution was interrupted"; MySQL's SLEEP returns 1 when interrupted.
      expect(String(outcome)).toMatch(/interrupted|max_statement_time|^1$/i);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await dataSource.destroy();
    }
  });

  (mysql ? it : it.skip)('reaches MySQL through a Unix socket named in the URL, and over TCP without one', async () => {
    const target = mysql!.create() as Extract<DatabaseTarget, { kind: 'mysql' }>;
    const viaSocket = await createDataSource({
      target: { ...target, serverUrl: `${target.serverUrl}?socket=${encodeURIComponent(MARIADB_SOCKET)}` },
      entities: [],
      migrations: [],
    });
    const viaTcp = await createDataSource({ target, entities: [], migrations: [] });
    try {
      // @@hostname is the same; what differs is how the server saw the client arrive
      const [socket] = await viaSocket.query<{ via: string }[]>(
        "SELECT IF(HOST = 'localhost', 'socket', 'tcp') AS via FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()",
      );
      const [tcp] = await viaTcp.query<{ via: string }[]>(
        "SELECT IF(HOST = 'localhost', 'socket', 'tcp') AS via FROM information_schema.PROCESSLIST WHERE ID = CONNECTION_ID()",
      );
      expect([socket?.via, tcp?.via]).toEqual(['socket', 'tcp']);
    } finally {
      await viaSocket.destroy();
      await viaTcp.destroy();
    }
  });

  it('retries an unreachable MySQL server, saying so each time, then gives up', async () => {
    const retries: number[] = [];
    await expect(
      createDataSource({
        target: { kind: 'mysql', serverUrl: 'mysql://root@127.0.0.1:1', database: 'nowhere' },
        entities: [],
        migrations: [],
        connectAttempts: 3,
        onRetry: (attempt) => retries.push(attempt),
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(retries).toEqual([1, 2]);
  });
});
