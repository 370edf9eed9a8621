import { createHash } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { isMysql } from '@passerelle/db';

/** Who, among the processes sharing one service database, runs its background work. */
export interface Leadership {
  /** Takes the lead if nobody holds it; true when this process holds it. */
  acquire(): Promise<boolean>;
  /** False once the lead is lost (the connection holding the lock broke). */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * On MySQL/MariaDB, a named lock (GET_LOCK) per database, held by one connection kept for
 * the purpose: a process that dies or loses the server drops its connection, and the lock
 * with it, so another replica takes over. SQLite is one process's file: it always leads.
 */
export function databaseLeadership(dataSource: DataSource, purpose: string): Leadership {
  if (!isMysql(dataSource)) return { acquire: async () => true, stillHeld: async () => true, release: async () => undefined };
  let holder: QueryRunner | null = null;
  const lockName = async (runner: QueryRunner) => {
    const [row] = (await runner.query('SELECT DATABASE() AS name')) as { name: string }[];
    // lock names are at most 64 characters, server-wide
    return `passerelle:${createHash('sha256').update(`${row!.name}:${purpose}`).digest('hex').slice(0, 40)}`;
  };
  const drop = async () => {
    const runner = holder;
    holder = null;
    await runner?.release().catch(() => undefined);
  };
  return {
    async acquire() {
      if (holder) return true;
      const runner = dataSource.createQueryRunner();
      try {
        const [row] = (await runner.query('SELECT GET_LOCK(?, 0) AS acquired', [await lockName(runner)])) as {
          acquired: number | string | null;
        }[];
        if (Number(row?.acquired) === 1) {
          holder = runner;
          return true;
        }
      } catch {
        // the database is unreachable: nobody can lead through it now
      }
      await runner.release().catch(() => undefined);
      return false;
    },
    async stillHeld() {
      if (!holder) return false;
      try {
        const [row] = (await holder.query('SELECT IS_USED_LOCK(?) = CONNECTION_ID() AS held', [await lockName(holder)])) as {
          held: number | string | null;
        }[];
        if (Number(row?.held) === 1) return true;
      } catch {
        // the connection broke, and the lock went with it
      }
      await drop();
      return false;
    },
    async release() {
      if (holder) await holder.query('SELECT RELEASE_LOCK(?)', [await lockName(holder)]).catch(() => undefined);
      await drop();
    },
  };
}
