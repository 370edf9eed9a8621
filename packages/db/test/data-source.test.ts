import { createDataSource } from '../src';
import { testDatabaseTargets } from '@passerelle/testing';

const mysql = testDatabaseTargets('db').find((database) => database.label === 'mysql');

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
