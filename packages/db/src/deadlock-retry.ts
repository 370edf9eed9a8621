/*
 * MySQL/MariaDB resolve a deadlock by rolling one transaction back whole (ER_LOCK_DEADLOCK):
 * running it again is safe and is what the server asks for. SQLite's transactions run one
 * after another (./transactions.ts) and never deadlock.
 */
const ER_LOCK_DEADLOCK = 1213;

export function isDeadlock(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((candidate) => (candidate as { errno?: unknown } | null)?.errno === ER_LOCK_DEADLOCK);
}

/** Runs `transaction` again (after a short random pause) when the database chose it as a deadlock's victim. */
export async function retryingDeadlocks<Result>(transaction: () => Promise<Result>, attempts = 5): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isDeadlock(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
