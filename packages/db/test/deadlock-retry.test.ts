import { isDeadlock, retryingDeadlocks } from '../src';

/* A transaction MySQL/MariaDB chose as a deadlock's victim was rolled back whole: run it again, never answer 500 for it. */

const deadlock = () => Object.assign(new Error('Deadlock found when trying to get lock'), { driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' } });

describe('retryingDeadlocks', () => {
  it('runs a transaction again when it was a deadlock`s victim, and returns what it returns', async () => {
    let attempts = 0;
    const result = await retryingDeadlocks(async () => {
      attempts += 1;
      if (attempts < 3) throw deadlock();
      return 'saved';
    });
    expect({ result, attempts }).toEqual({ result: 'saved', attempts: 3 });
  });

  it('passes any other error on at once, and a deadlock after the last attempt', async () => {
    let attempts = 0;
    await expect(retryingDeadlocks(async () => {
      attempts += 1;
      throw new Error('Data too long');
    })).rejects.toThrow('Data too long');
    expect(attempts).toBe(1);
    await expect(retryingDeadlocks(async () => {
      throw deadlock();
    }, 2)).rejects.toThrow('Deadlock');
  });

  it('knows a deadlock by its errno, on the error or the driver`s error it wraps', () => {
    expect(isDeadlock(deadlock())).toBe(true);
    expect(isDeadlock({ errno: 1213 })).toBe(true);
    expect(isDeadlock({ errno: 1205 })).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  });
});
