import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction, isLockConflict } from '../src';

/* A transaction MySQL/MariaDB chose as a deadlock's victim was rolled back whole: run it again, never answer 500 for it. */

const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock'), { driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' } });

/** A MySQL data source whose transactions run `attempt` (the real retries are exercised on MariaDB in test/adversarial). */
function mysqlSource(attempt: () => Promise<unknown>): DataSource {
  return {
    options: { type: 'mysql' },
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => attempt().then(() => work({} as EntityManager)),
  } as unknown as DataSource;
}

describe('inTransaction on MySQL', () => {
  it('runs a transaction again when it was a deadlock`s victim, and returns what it returns', async () => {
    let attempts = 0;
    const result = await inTransaction(
      mysqlSource(async () => {
        attempts += 1;
        if (attempts < 3) throw deadlock();
      }),
      async () => 'saved',
    );
    expect({ result, attempts }).toEqual({ result: 'saved', attempts: 3 });
  });

  it('passes any other error on at once, and a deadlock after the last attempt', async () => {
    let attempts = 0;
    await expect(
      inTransaction(
        mysqlSource(async () => {
          attempts += 1;
          throw new Error('Data too long');
        }),
        async () => 'never',
      ),
    ).rejects.toThrow('Data too long');
    expect(attempts).toBe(1);
    await expect(
      inTransaction(
        mysqlSource(async () => {
          throw deadlock();
        }),
        async () => 'never',
      ),
    ).rejects.toThrow('Deadlock');
  });

  it('knows a lock conflict by its errno, on the error or the driver`s error it wraps', () => {
    expect(isLockConflict(deadlock())).toBe(true);
    expect(isLockConflict({ errno: 1213 })).toBe(true);
    expect(isLockConflict({ errno: 1205 })).toBe(true);
    expect(isLockConflict({ errno: 1406 })).toBe(false);
    expect(isLockConflict(null)).toBe(false);
  });
});
