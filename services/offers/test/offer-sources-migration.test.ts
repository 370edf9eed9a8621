import { createDataSource } from '@passerelle/db';
import { describeEachDatabase } from '@passerelle/testing';
import { offersSubgraph } from '../src/subgraph';
import { insertSeedOffer } from '../src/seed/seed-offers';
import { SEED_OFFERS } from '../src/seed/seed-data';
import { readDescriptionSections } from '../src/seed/seed-texts';

const ALL_MIGRATIONS = offersSubgraph.migrations as (new () => { name: string })[];
// the migrations up to this one, which is then the last to undo
const MIGRATIONS = ALL_MIGRATIONS.slice(
  0,
  ALL_MIGRATIONS.findIndex((migration) => new migration().name === 'OfferSources1764900000000') + 1,
);

describeEachDatabase('offers', 'the migration of offers’ source records', (database) => {
  it('adds offer_sources, one offer per (system, id), deleted with its offer; undone, the table goes and the offers stay', async () => {
    const dataSource = await createDataSource({ target: database.create(), entities: offersSubgraph.entities, migrations: MIGRATIONS });
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const [first, second] = SEED_OFFERS;
      for (const seed of [first!, second!])
        await dataSource.transaction((manager) => insertSeedOffer(manager, seed, readDescriptionSections(seed.id)));
      const insert = (system: string, sourceId: string, offerId: string) =>
        dataSource.query(
          'INSERT INTO offer_sources (system, source_id, offer_id, version, url, recorded_at) VALUES (?, ?, ?, NULL, NULL, ?)',
          [system, sourceId, offerId, '2026-12-01 00:00:00.000'],
        );
      await insert('RELIEFWEB', '3001', first!.id);
      await insert('WEB', 'https://example.org/jobs/3001', first!.id);
      await insert('RELIEFWEB', '3002', second!.id);
      // a record belongs to one offer
      await expect(insert('RELIEFWEB', '3001', second!.id)).rejects.toThrow();
      // ids are byte-wise: a URL's case matters
      await insert('WEB', 'https://example.org/JOBS/3001', second!.id);
      await dataSource.query('DELETE FROM offers WHERE id = ?', [second!.id]);
      const left: { source_id: string }[] = await dataSource.query('SELECT source_id FROM offer_sources ORDER BY source_id');
      expect(left.map((row) => row.source_id)).toEqual(['3001', 'https://example.org/jobs/3001']);

      await dataSource.undoLastMigration({ transaction: 'each' });
      const runner = dataSource.createQueryRunner();
      try {
        expect(await runner.hasTable('offer_sources')).toBe(false);
      } finally {
        await runner.release();
      }
      const offers: { id: string }[] = await dataSource.query('SELECT id FROM offers');
      expect(offers.map((row) => row.id)).toEqual([first!.id]);

      await dataSource.runMigrations({ transaction: 'each' });
      const again: { n: unknown }[] = await dataSource.query('SELECT COUNT(*) AS n FROM offer_sources');
      expect(Number(again[0]!.n)).toBe(0);
    } finally {
      await dataSource.destroy();
    }
  });
});
