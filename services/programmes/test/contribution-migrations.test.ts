import { createDataSource } from '@passerelle/db';
import { describeEachDatabase } from '@passerelle/testing';
import { CreateProgrammes1764000000000 } from '../src/migrations/1764000000000-CreateProgrammes';
import { IndexContributionFilters1764000000001 } from '../src/migrations/1764000000001-IndexContributionFilters';
import { VersionContributions1764000000002 } from '../src/migrations/1764000000002-VersionContributions';
import { CheckAmountsOnMysql1764000000003 } from '../src/migrations/1764000000003-CheckAmountsOnMysql';

const EARLIER = [CreateProgrammes1764000000000, IndexContributionFilters1764000000001];
const LATER = [VersionContributions1764000000002, CheckAmountsOnMysql1764000000003];

const insert = (id: string, extra = '') =>
  `INSERT INTO contributions (id, programme_id, donor_id, status, sort_date${extra ? ', amount_minor, currency' : ''}) ` +
  `VALUES ('${id}', 'p', 'gov-sweden', 'PAID', ''${extra ? `, ${extra}` : ''})`;

describeEachDatabase('programmes', 'contribution migrations', (database) => {
  it('start rows stored before them at version 1, enforce the amount checks, and can be undone', async () => {
    const target = database.create();
    const earlier = await createDataSource({ target, entities: [], migrations: EARLIER });
    await earlier.runMigrations({ transaction: 'each' });
    await earlier.query(
      "INSERT INTO programmes (id, name, aliases, kind, search_text, sort_name, version) VALUES ('p', 'P', '[]', 'PROJECT', 'p', 'p', 1)",
    );
    await earlier.query(insert('old', "125, 'USD'"));
    await earlier.destroy();

    const current = await createDataSource({ target, entities: [], migrations: [...EARLIER, ...LATER] });
    try {
      const applied = await current.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual(LATER.map((migration) => migration.name));
      await current.query(insert('new'));
      const rows: { id: string; version: number | string }[] = await current.query('SELECT id, version FROM contributions ORDER BY id');
      expect(rows.map((row) => [row.id, Number(row.version)])).toEqual([
        ['new', 1],
        ['old', 1],
      ]);
      for (const refused of [insert('zero', "0, 'USD'"), insert('negative', "-5, 'USD'"), insert('no-currency', '5, NULL')]) {
        await expect(current.query(refused)).rejects.toThrow();
      }
      await expect(current.query("UPDATE contributions SET version = NULL WHERE id = 'old'")).rejects.toThrow();

      for (let undone = 0; undone < LATER.length; undone += 1) await current.undoLastMigration({ transaction: 'each' });
      const [row] = await current.query<Record<string, unknown>[]>("SELECT * FROM contributions WHERE id = 'old'");
      expect(Object.keys(row!)).not.toContain('version');
    } finally {
      await current.destroy();
    }
  });
});
