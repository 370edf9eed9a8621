import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

/** `<13-digit timestamp>-<Name>.ts` (sources, ts-jest) or `.js` (the build). */
const MIGRATION_FILE = /^(\d{13})-[A-Za-z0-9-]+\.(?:ts|js)$/;
/** What a build writes beside each module. */
const BESIDE_MODULES = /\.(?:d\.ts|map)$/;

/**
 * Every migration of a service, read from its folder in timestamp order: a new migration is a
 * new file, with no list to keep. Each file must export exactly one class with `up` and `down`
 * whose name ends with the file's timestamp; anything else in the folder is refused at start,
 * loudly, rather than silently left unapplied.
 */
export function migrationsIn(directory: string): MigrationClass[] {
  const files = readdirSync(directory)
    .filter((file) => !BESIDE_MODULES.test(file))
    .map((file) => {
      const timestamp = MIGRATION_FILE.exec(file)?.[1];
      if (!timestamp) throw new Error(`${path.join(directory, file)} is not a migration: name it <13-digit timestamp>-<Name>.ts`);
      return { file, timestamp };
    })
    .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.file.localeCompare(b.file));
  return files.map(({ file, timestamp }) => migrationClassOf(path.join(directory, file), timestamp));
}

function migrationClassOf(file: string, timestamp: string): MigrationClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the folder is read at start; ts-jest and node both resolve require
  const exported = require(file) as Record<string, unknown>;
  const classes = Object.values(exported).filter(isMigrationClass);
  const [migration] = classes;
  if (classes.length !== 1 || !migration) {
    throw new Error(`${file} must export exactly one migration class (with up and down); it exports ${classes.length}`);
  }
  if (!migration.name.endsWith(timestamp)) {
    throw new Error(`${file}: the class ${migration.name} must end with the file's timestamp ${timestamp}, the order TypeORM applies`);
  }
  return migration;
}

function isMigrationClass(value: unknown): value is MigrationClass {
  if (typeof value !== 'function') return false;
  const prototype: unknown = value.prototype;
  return (
    typeof prototype === 'object' &&
    prototype !== null &&
    'up' in prototype &&
    typeof prototype.up === 'function' &&
    'down' in prototype &&
    typeof prototype.down === 'function'
  );
}
