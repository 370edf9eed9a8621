import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrationsIn } from '../src';

/** A built migration, as `tsc` writes one into dist/migrations. */
const builtMigration = (className: string) => `exports.${className} = class ${className} { async up() {} async down() {} };\n`;

describe('migrationsIn', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('finds the sources’ migrations under ts-jest, in timestamp order', () => {
    const offers = migrationsIn(path.join(__dirname, '../../../services/offers/src/migrations')).map((migration) => migration.name);
    expect(offers.slice(0, 3)).toEqual([
      'CreateOffers1764000000000',
      'CoverContractTypeFilter1764200000000',
      'ListingInIndexTables1764300000000',
    ]);
    expect(offers).toContain('ListingOutOfIndexTables1764600000000');
    const timestamps = offers.map((name) => name.slice(-13));
    expect(timestamps).toEqual([...timestamps].sort());
  });

  it('finds a build’s .js migrations, in timestamp order, passing over declarations and source maps', () => {
    writeFileSync(path.join(folder, '1764000000002-Second.js'), builtMigration('Second1764000000002'));
    writeFileSync(path.join(folder, '1764000000001-First.js'), builtMigration('First1764000000001'));
    writeFileSync(path.join(folder, '1764000000001-First.d.ts'), 'export declare class First1764000000001 {}\n');
    writeFileSync(path.join(folder, '1764000000001-First.js.map'), '{}');
    expect(migrationsIn(folder).map((migration) => migration.name)).toEqual(['First1764000000001', 'Second1764000000002']);
  });

  it('refuses a migration file that exports no migration class, or two', () => {
    writeFileSync(path.join(folder, '1764000000001-Nothing.js'), 'exports.up = async () => {};\n');
    expect(() => migrationsIn(folder)).toThrow(
      /1764000000001-Nothing\.js must export exactly one migration class \(with up and down\); it exports 0/,
    );
    rmSync(path.join(folder, '1764000000001-Nothing.js'));
    writeFileSync(path.join(folder, '1764000000001-Two.js'), builtMigration('One1764000000001') + builtMigration('Two1764000000001'));
    expect(() => migrationsIn(folder)).toThrow(/1764000000001-Two\.js must export exactly one migration class .* it exports 2/);
  });

  it('refuses a file that is not named as a migration, and a class whose name has another timestamp', () => {
    writeFileSync(path.join(folder, 'helpers.js'), builtMigration('Helpers1764000000001'));
    expect(() => migrationsIn(folder)).toThrow(/helpers\.js is not a migration: name it <13-digit timestamp>-<Name>\.ts/);
    rmSync(path.join(folder, 'helpers.js'));
    writeFileSync(path.join(folder, '1764000000005-Late.js'), builtMigration('Late1764000000001'));
    expect(() => migrationsIn(folder)).toThrow(/the class Late1764000000001 must end with the file's timestamp 1764000000005/);
  });
});
