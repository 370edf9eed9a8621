import type { DataSource } from 'typeorm';
import { foldForSearch, inTransaction } from '@passerelle/db';
import { Organisation } from '../organisations/organisation.entity';
import { searchTextOf } from '../organisations/organisation-reads';
import { SEED_ORGANISATIONS } from './seed-data';

/**
 * Inserts the seed organisations that are missing, in one transaction. Rows that exist
 * are left as they are, so running it twice changes nothing and edits survive a restart.
 */
export async function seedOrganisations(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const repository = manager.getRepository(Organisation);
    const existing = new Set((await repository.find({ select: { id: true } })).map((row) => row.id));
    const missing = SEED_ORGANISATIONS.filter((seed) => !existing.has(seed.id));
    for (const seed of missing) {
      const aliases = seed.aliases ?? [];
      const acronym = seed.acronym ?? null;
      await repository.insert({
        id: seed.id,
        name: seed.name,
        acronym,
        aliases,
        kind: seed.kind,
        parentId: seed.parentId ?? null,
        countryCode: seed.countryCode ?? null,
        website: seed.website ?? null,
        description: seed.description ?? null,
        searchText: searchTextOf({ name: seed.name, acronym, aliases }),
        sortName: foldForSearch(seed.name),
      });
    }
    return missing.length;
  });
}
