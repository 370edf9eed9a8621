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
  ALL_MIGRATIONS.findIndex((migration) => new migration().name === 'ListingOutOfIndexTables1764600000000') + 1,
);
const LAST = MIGRATIONS.at(-1)!;
const INDEX_TABLES = ['offer_duty_stations', 'offer_countries', 'offer_languages', 'offer_themes', 'offer_programmes', 'offer_terms'];

describeEachDatabase('offers', 'the migration that takes state and deadline out of the index tables', (database) => {
  it('drops the copies, keeps every row, and when undone restores them with each offer’s state and deadline', async () => {
    const dataSource = await createDataSource({ target: database.create(), entities: offersSubgraph.entities, migrations: MIGRATIONS });
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      expect(new LAST().name).toBe('ListingOutOfIndexTables1764600000000');
      const seed = SEED_OFFERS[0]!;
      await dataSource.transaction((manager) => insertSeedOffer(manager, seed, readDescriptionSections(seed.id)));
      const counts = async (): Promise<Record<string, number>> =>
        Object.fromEntries(
          await Promise.all(
            INDEX_TABLES.map(async (table): Promise<[string, number]> => [
              table,
              Number((await dataSource.query<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n),
            ]),
          ),
        );
      const before = await counts();
      expect(before.offer_terms).toBeGreaterThan(10);
      const columns = async (table: string) => {
        const runner = dataSource.createQueryRunner();
        try {
          return (await runner.getTable(table))!.columns.map((column) => column.name);
        } finally {
          await runner.release();
        }
      };
      for (const table of INDEX_TABLES)
        expect([table, (await columns(table)).filter((name) => name === 'state' || name === 'deadline')]).toEqual([table, []]);

      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await counts()).toEqual(before);
      const [offer]: { state: string; deadline: unknown }[] = await dataSource.query('SELECT state, deadline FROM offers');
      for (const table of INDEX_TABLES.filter((name) => (before[name] ?? 0) > 0)) {
        const copies: { state: string; deadline: unknown }[] = await dataSource.query(`SELECT DISTINCT state, deadline FROM ${table}`);
        expect([table, copies]).toEqual([table, [{ state: offer!.state, deadline: offer!.deadline }]]);
      }

      await dataSource.runMigrations({ transaction: 'each' });
      expect(await counts()).toEqual(before);
    } finally {
      await dataSource.destroy();
    }
  });
});
