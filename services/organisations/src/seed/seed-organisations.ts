import type { DataSource } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import { Organisation } from '../organisations/organisation.entity';
import { insertOrganisation } from '../organisations/organisation-writes';
import { SEED_ORGANISATIONS } from './seed-data';

/**
 * Inserts the seed organisations that are missing, in one transaction, through the write
 * `createOrganisation` makes. Rows that exist are left as they are, so running it twice
 * changes nothing and edits survive a restart.
 */
export async function seedOrganisations(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const existing = new Set((await manager.getRepository(Organisation).find({ select: { id: true } })).map((row) => row.id));
    const missing = SEED_ORGANISATIONS.filter((seed) => !existing.has(seed.id));
    for (const { id, ...input } of missing) await insertOrganisation(manager, id, input);
    return missing.length;
  });
}
