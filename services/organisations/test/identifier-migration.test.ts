import { createDataSource } from '@passerelle/db';
import { describeEachDatabase } from '@passerelle/testing';
import { CreateOrganisations1763900000000 } from '../src/migrations/1763900000000-CreateOrganisations';
import { organisationsSubgraph } from '../src/subgraph';

const MIGRATIONS = organisationsSubgraph.migrations as (new () => { name: string })[];

const insertOrganisation = (id: string) =>
  `INSERT INTO organisations (id, name, aliases, kind, search_text, sort_name, version) VALUES ('${id}', '${id}', '[]', 'NGO', '${id}', '${id}', 1)`;
const insertIdentifier = (scheme: string, value: string, organisationId: string) =>
  `INSERT INTO organisation_identifiers (scheme, value, organisation_id) VALUES ('${scheme}', '${value}', '${organisationId}')`;

describeEachDatabase('organisations', 'the migration that adds organisation identifiers', (database) => {
  it('keeps the organisations stored before it, holds a value once per scheme, and can be undone and redone', async () => {
    const target = database.create();
    const earlier = await createDataSource({ target, entities: [], migrations: [CreateOrganisations1763900000000] });
    await earlier.runMigrations({ transaction: 'each' });
    await earlier.query(insertOrganisation('a'));
    await earlier.query(insertOrganisation('b'));
    await earlier.destroy();

    const current = await createDataSource({ target, entities: [], migrations: MIGRATIONS });
    try {
      const applied = await current.runMigrations({ transaction: 'each' });
      expect(applied.map((migration) => migration.name)).toEqual(['OrganisationIdentifiers1765000000000']);
      await current.query(insertIdentifier('IATI', 'XM-DAC-1', 'a'));
      await current.query(insertIdentifier('DOMAIN', 'a.org', 'a'));
      await current.query(insertIdentifier('FTS', '1', 'b'));
      // the same value in another scheme is another identifier; in the same scheme, refused, whatever its case on MySQL too
      await current.query(insertIdentifier('DOMAIN', 'XM-DAC-1', 'b'));
      await expect(current.query(insertIdentifier('IATI', 'XM-DAC-1', 'b'))).rejects.toThrow();
      await current.query(insertIdentifier('IATI', 'xm-dac-1', 'b'));
      await expect(current.query(insertIdentifier('FTS', '2', 'no-such-organisation'))).rejects.toThrow();

      await current.undoLastMigration({ transaction: 'each' });
      const runner = current.createQueryRunner();
      try {
        expect(await runner.hasTable('organisation_identifiers')).toBe(false);
      } finally {
        await runner.release();
      }
      const rows: { id: string }[] = await current.query('SELECT id FROM organisations ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(['a', 'b']);

      await current.runMigrations({ transaction: 'each' });
      expect(await current.query('SELECT COUNT(*) AS n FROM organisation_identifiers')).toEqual([{ n: expect.anything() as unknown }]);
    } finally {
      await current.destroy();
    }
  });
});
