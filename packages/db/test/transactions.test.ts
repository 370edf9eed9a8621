import { createDataSource, inTransaction } from '../src';
import { testDatabaseTargets } from '@passerelle/testing';
import type { DataSource } from 'typeorm';

for (const database of testDatabaseTargets('tx')) {
  describe(`inTransaction on ${database.label}`, () => {
    let dataSource: DataSource;
    beforeAll(async () => {
      dataSource = await createDataSource({ target: database.create(), entities: [], migrations: [] });
      await dataSource.query('CREATE TABLE ledger (writer INT NOT NULL, line INT NOT NULL)');
    });
    afterAll(async () => {
      await dataSource.destroy();
      await database.cleanup();
    });

    it('keeps 50 concurrent transactions apart: each commits or rolls back only its own rows', async () => {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) =>
          inTransaction(dataSource, async (manager) => {
            await manager.query('INSERT INTO ledger (writer, line) VALUES (?, 1)', [writer]);
            await new Promise((resolve) => setTimeout(resolve, 1));
            await manager.query('INSERT INTO ledger (writer, line) VALUES (?, 2)', [writer]);
            if (writer % 5 === 0) throw new Error(`writer ${writer} changes its mind`);
          }),
        ),
      );
      const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(failed.map((outcome) => (outcome.reason as Error).message)).toEqual(
        Array.from({ length: 10 }, (_, index) => `writer ${index * 5} changes its mind`),
      );
      const rows = await dataSource.query<{ writer: number; n: number | string }[]>(
        'SELECT writer, COUNT(*) AS n FROM ledger GROUP BY writer ORDER BY writer',
      );
      expect(rows.map((row) => [Number(row.writer), Number(row.n)])).toEqual(
        Array.from({ length: 50 }, (_, writer) => writer)
          .filter((writer) => writer % 5 !== 0)
          .map((writer) => [writer, 2]),
      );
    });
  });
}
