import type { MigrationInterface } from 'typeorm';
import { createDataSource } from '@passerelle/db';
import { describeEachDatabase } from '@passerelle/testing';
import { programmesSubgraph } from '../src/subgraph';
import { SourceRecords1765100000000 } from '../src/migrations/1765100000000-SourceRecords';

// every migration before this one, as the service lists them
const ALL = programmesSubgraph.migrations as (new () => MigrationInterface)[];
const EARLIER = ALL.filter((migration) => migration !== SourceRecords1765100000000);

describeEachDatabase('programmes', 'source record migration', (database) => {
  it('leaves rows stored before it without a source, keeps one row per source record, and can be undone', async () => {
    const target = database.create();
    const earlier = await createDataSource({ target, entities: [], migrations: EARLIER });
    await earlier.runMigrations({ transaction: 'each' });
    await earlier.query(
      "INSERT INTO programmes (id, name, aliases, kind, search_text, sort_name, version) VALUES ('old', 'Old', '[]', 'PROJECT', 'old', 'old', 1)",
    );
    await earlier.destroy();

    const current = await createDataSource({ target, entities: [], migrations: ALL });
    try {
      const applied = await current.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual(['SourceRecords1765100000000']);
      const [old] = await current.query<Record<string, unknown>[]>("SELECT source_system, source_id FROM programmes WHERE id = 'old'");
      expect(old).toEqual({ source_system: null, source_id: null });
      const insert = (table: string, id: string, sourceId: string) =>
        table === 'programmes'
          ? `INSERT INTO programmes (id, name, aliases, kind, search_text, sort_name, version, source_system, source_id) VALUES ('${id}', 'P', '[]', 'PROJECT', 'p', 'p', 1, 'IATI', '${sourceId}')`
          : `INSERT INTO contributions (id, programme_id, donor_id, status, sort_date, source_system, source_id) VALUES ('${id}', 'old', 'gov-sweden', 'PAID', '', 'IATI', '${sourceId}')`;
      for (const table of ['programmes', 'contributions']) {
        await current.query(insert(table, 'a', 'XX-TEST-1'));
        await current.query(insert(table, 'b', 'XX-TEST-2'));
        await expect(current.query(insert(table, 'c', 'XX-TEST-1'))).rejects.toThrow();
      }

      await current.undoLastMigration({ transaction: 'each' });
      for (const table of ['programmes', 'contributions']) {
        const [row] = await current.query<Record<string, unknown>[]>(`SELECT * FROM ${table} WHERE id = 'a'`);
        expect(Object.keys(row!)).not.toContain('source_id');
        // the unique index went with the columns
        await current.query(`UPDATE ${table} SET id = 'c' WHERE id = 'b'`);
      }
    } finally {
      await current.destroy();
    }
  });
});
