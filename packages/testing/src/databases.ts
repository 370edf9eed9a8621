import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropMysqlDatabase, mysqlServerUrl, type DatabaseTarget } from '@passerelle/db';

export interface TestDatabase {
  /** "sqlite" or "mysql": shows in test names so a failure says which database failed. */
  label: 'sqlite' | 'mysql';
  /** A fresh, empty database of its own. */
  create(): DatabaseTarget;
  /** Removes every database this helper created. */
  cleanup(): Promise<void>;
}

/**
 * The databases every database test runs on: the embedded SQLite file always, and
 * MySQL/MariaDB too when MYSQL_URL names a server (CI sets it).
 */
export function testDatabaseTargets(service: string): TestDatabase[] {
  const targets: TestDatabase[] = [sqliteTestDatabase(service)];
  if (process.env.MYSQL_URL) targets.push(mysqlTestDatabase(service, mysqlServerUrl(process.env.MYSQL_URL)));
  return targets;
}

function sqliteTestDatabase(service: string): TestDatabase {
  const dirs: string[] = [];
  return {
    label: 'sqlite',
    create() {
      const dir = mkdtempSync(path.join(tmpdir(), `passerelle-${service}-`));
      dirs.push(dir);
      return { kind: 'sqlite', file: path.join(dir, `${service}.sqlite`) };
    },
    async cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function mysqlTestDatabase(service: string, serverUrl: string): TestDatabase {
  const names: string[] = [];
  return {
    label: 'mysql',
    create() {
      const database = `passerelle_test_${service}_${randomBytes(4).toString('hex')}`;
      names.push(database);
      return { kind: 'mysql', serverUrl, database };
    },
    async cleanup() {
      for (const name of names.splice(0)) await dropMysqlDatabase(serverUrl, name);
    },
  };
}

/** Runs a suite once per test database, e.g. "organisations on sqlite", "organisations on mysql". */
export function describeEachDatabase(service: string, title: string, suite: (database: TestDatabase) => void): void {
  for (const database of testDatabaseTargets(service)) {
    describe(`${title} on ${database.label}`, () => {
      afterAll(() => database.cleanup());
      suite(database);
    });
  }
}
