import type { DataSource } from 'typeorm';
import { inTransaction } from '@passerelle/db';
import { holdersOf } from '../organisations/identifier-store';
import { identifierKey } from '../organisations/organisation-identifiers';
import { Organisation } from '../organisations/organisation.entity';
import { completeIdentifiers, insertOrganisation } from '../organisations/organisation-writes';
import { SEED_ORGANISATIONS } from './seed-data';

/**
 * Inserts the seed organisations that are missing, in one transaction, through the write
 * `createOrganisation` makes. Rows that exist are left as they are, so running it twice
 * changes nothing and edits survive a restart; they only gain the seed's identifiers that
 * no organisation holds yet (a database seeded before identifiers existed gets them).
 */
export async function seedOrganisations(dataSource: DataSource): Promise<number> {
  return inTransaction(dataSource, async (manager) => {
    const existing = new Set((await manager.getRepository(Organisation).find({ select: { id: true } })).map((row) => row.id));
    const missing = SEED_ORGANISATIONS.filter((seed) => !existing.has(seed.id));
    for (const { id, ...input } of missing) await insertOrganisation(manager, id, input);
    for (const seed of SEED_ORGANISATIONS.filter((each) => existing.has(each.id) && each.identifiers?.length)) {
      const holders = await holdersOf(manager, seed.identifiers!);
      const unheld = seed.identifiers!.filter((identifier) => !holders.has(identifierKey(identifier)));
      await completeIdentifiers(manager, seed.id, unheld, 'identifiers');
    }
    return missing.length;
  });
}
