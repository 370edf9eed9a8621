import type { DataSource, EntityManager } from 'typeorm';
import { testDatabaseTargets } from '@passerelle/testing';
import { createDataSource, inTransaction } from '../../src';
import { isLockConflict } from '../../src/transactions';

/*
 * Issue 21, point 9: a MariaDB deadlock reached the client as INTERNAL_SERVER_ERROR. Two
 * transactions that lock the same two rows in opposite orders deadlock for certain (each
 * holds one row and waits for the other); InnoDB rolls one back whole, and inTransaction runs
 * it again, so both commit. Run bare, the same pair fails with ER_LOCK_DEADLOCK (1213).
 */

const mysql = testDatabaseTargets('deadlock').find((database) => database.label === 'mysql');
const describeOnMysql = mysql ? describe : describe.skip;

describeOnMysql('transactions that deadlock on MySQL', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await createDataSource({ target: mysql!.create(), entities: [], migrations: [] });
    await dataSource.query('CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB');
    await dataSource.query('INSERT INTO accounts VALUES (1, 100), (2, 100)');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await mysql?.cleanup();
  });

  /** Moves one unit from `from` to `to`, locking `from` first, then pausing so that the other side locks its first row too. */
  const transfer = (from: number, to: number, arrived: Promise<void>, arrive: () => void) => async (manager: EntityManager) => {
    await manager.query('UPDATE accounts SET balance = balance - 1 WHERE id = ?', [from]);
    arrive();
    await arrived;
    await manager.query('UPDATE accounts SET balance = balance + 1 WHERE id = ?', [to]);
  };

  /** Two transfers in opposite directions, each waiting (once) until both hold their first row. */
  const crossedTransfers = (run: (work: (manager: EntityManager) => Promise<void>) => Promise<void>) => {
    let count = 0;
    let release!: () => void;
    const bothIn = new Promise<void>((resolve) => (release = resolve));
    const arrive = () => {
      count += 1;
      if (count === 2) release();
    };
    return Promise.allSettled([run(transfer(1, 2, bothIn, arrive)), run(transfer(2, 1, bothIn, arrive))]);
  };

  it('fails one of the pair with ER_LOCK_DEADLOCK when run bare', async () => {
    const outcomes = await crossedTransfers((work) => dataSource.transaction(work));
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(isLockConflict(refused[0]!.reason)).toBe(true);
  });

  it('commits both through inTransaction, the victim run again', async () => {
    const [before] = await dataSource.query<{ total: string }[]>('SELECT SUM(balance) AS total FROM accounts');
    const outcomes = await crossedTransfers((work) => inTransaction(dataSource, work));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const [after] = await dataSource.query<{ total: string }[]>('SELECT SUM(balance) AS total FROM accounts');
    expect(Number(after!.total)).toBe(Number(before!.total));
  });

  it('does not run again an error that is not a lock conflict', async () => {
    let runs = 0;
    await expect(
      inTransaction(dataSource, async (manager) => {
        runs += 1;
        await manager.query('SELECT no_such_column FROM accounts');
      }),
    ).rejects.toThrow(/no_such_column/);
    expect(runs).toBe(1);
  });
});
