import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { foldForSearch, inTransaction, isMysql, updateIfVersion } from '@passerelle/db';
import { assertUpdated, badUserInput } from '@passerelle/subgraph-kit';
import { Organisation } from './organisation.entity';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation-input';
import { searchTextOf } from './organisation-reads';
import { addIdentifiers, replaceIdentifiers } from './identifier-store';
import type { OrganisationIdentifier } from './organisation-identifiers';

/** Writes to organisations, each in one transaction: all of it is saved, or none. */
export class OrganisationWrites {
  constructor(private readonly dataSource: DataSource) {}

  create(input: CreateOrganisationInput): Promise<Organisation> {
    return inTransaction(this.dataSource, (manager) => insertOrganisation(manager, randomUUID(), input));
  }

  /**
   * `mayAdopt(parentId)` throws unless the caller may also change that organisation (its
   * units change when it gets a new one); it is asked only when the parent changes.
   */
  update(id: string, input: UpdateOrganisationInput, expectedVersion: number, mayAdopt: (parentId: string) => void): Promise<Organisation> {
    return inTransaction(this.dataSource, async (manager) => {
      const repository = manager.getRepository(Organisation);
      const current = await repository.findOne({ where: { id }, ...forUpdate(manager) });
      if (input.parentId && input.parentId !== current?.parentId) {
        await assertExists(manager, input.parentId);
        mayAdopt(input.parentId);
        await assertNotAncestor(manager, id, input.parentId);
      }
      const { identifiers, ...columns } = input;
      const changes: Partial<Organisation> = { ...columns };
      if (current && (input.name !== undefined || input.acronym !== undefined || input.aliases !== undefined)) {
        const merged = { ...current, ...input };
        changes.searchText = searchTextOf({ name: merged.name, acronym: merged.acronym ?? null, aliases: merged.aliases });
        changes.sortName = foldForSearch(merged.name);
      }
      assertUpdated(await updateIfVersion(manager, Organisation, id, expectedVersion, changes), 'Organisation', id, expectedVersion);
      if (identifiers !== undefined) await replaceIdentifiers(manager, id, identifiers ?? [], 'input.identifiers');
      return repository.findOneByOrFail({ id });
    });
  }
}

/**
 * Adds an organisation under a given id, in the caller's transaction: the one mapping from
 * input to rows, for `createOrganisation`, the seed and imports alike. Its parent must exist
 * already; an identifier another organisation holds is a CONFLICT naming `identifiersField`.
 */
export async function insertOrganisation(
  manager: EntityManager,
  id: string,
  input: CreateOrganisationInput,
  identifiersField = 'input.identifiers',
): Promise<Organisation> {
  if (input.parentId) await assertExists(manager, input.parentId);
  const aliases = input.aliases ?? [];
  const acronym = input.acronym ?? null;
  await manager.getRepository(Organisation).insert({
    id,
    name: input.name,
    kind: input.kind,
    acronym,
    aliases,
    parentId: input.parentId ?? null,
    countryCode: input.countryCode ?? null,
    website: input.website ?? null,
    description: input.description ?? null,
    searchText: searchTextOf({ name: input.name, acronym, aliases }),
    sortName: foldForSearch(input.name),
  });
  await addIdentifiers(manager, id, input.identifiers ?? [], identifiersField);
  return manager.getRepository(Organisation).findOneByOrFail({ id });
}

/**
 * Gives an existing organisation the identifiers it lacks, in the caller's transaction, and
 * when it gained any, a new version (its readers' caches and `expectedVersion` see the change).
 * Answers whether it changed; a CONFLICT naming `field` when another organisation holds one.
 */
export async function completeIdentifiers(
  manager: EntityManager,
  id: string,
  identifiers: readonly OrganisationIdentifier[],
  field: string,
): Promise<boolean> {
  if (!(await addIdentifiers(manager, id, identifiers, field))) return false;
  await manager
    .createQueryBuilder()
    .update(Organisation)
    .set({ version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
  return true;
}

async function assertExists(manager: EntityManager, parentId: string): Promise<void> {
  if (!(await manager.getRepository(Organisation).exists({ where: { id: parentId } }))) {
    throw badUserInput('input.parentId', `no organisation has the id ${JSON.stringify(parentId)}`);
  }
}

/*
 * A parent chain must stay a tree under any interleaving of updates. Each update locks the
 * organisation it changes, then every ancestor of its new parent as it reads them (on MySQL;
 * SQLite runs one transaction at a time): two updates that could close a cycle between them
 * (X under Y and Y under X) lock a row in common, so one waits for the other's commit and
 * then sees its parent, or InnoDB ends one as a deadlock's victim, which inTransaction runs
 * again. A locking read reads the latest committed row, not the transaction's snapshot.
 */
const forUpdate = (manager: EntityManager) => (isMysql(manager.connection) ? { lock: { mode: 'pessimistic_write' as const } } : {});

/** An organisation cannot become a unit of itself or of one of its own units. */
async function assertNotAncestor(manager: EntityManager, id: string, parentId: string): Promise<void> {
  const repository = manager.getRepository(Organisation);
  const seen = new Set<string>();
  for (let ancestor: string | null = parentId; ancestor;) {
    if (ancestor === id || seen.has(ancestor)) {
      throw badUserInput('input.parentId', 'an organisation cannot be a unit of itself or of one of its units');
    }
    seen.add(ancestor);
    const row: Organisation | null = await repository.findOne({
      where: { id: ancestor },
      select: { id: true, parentId: true },
      ...forUpdate(manager),
    });
    ancestor = row?.parentId ?? null;
  }
}
