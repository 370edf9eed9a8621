import type { EntityManager } from 'typeorm';
import { memberOf, placeholders, textOf } from '@passerelle/db';
import { conflict } from '@passerelle/subgraph-kit';
import { IDENTIFIER_SCHEMES, identifierKey, type OrganisationIdentifier } from './organisation-identifiers';

/** A DataSource or a transaction's EntityManager: both run statements. */
interface Queryable {
  query: EntityManager['query'];
}

export interface HeldIdentifier extends OrganisationIdentifier {
  organisationId: string;
}

const heldOf = (row: Record<string, unknown>): HeldIdentifier => ({
  organisationId: textOf(row.organisation_id),
  scheme: memberOf(IDENTIFIER_SCHEMES, row.scheme),
  value: textOf(row.value),
});

/** The identifiers of these organisations, each organisation's by scheme then value. */
export async function identifiersOf(database: Queryable, organisationIds: readonly string[]): Promise<HeldIdentifier[]> {
  const rows: Record<string, unknown>[] = await database.query(
    `SELECT organisation_id, scheme, value FROM organisation_identifiers WHERE organisation_id IN (${placeholders(organisationIds.length)}) ` +
      'ORDER BY organisation_id, scheme, value',
    [...organisationIds],
  );
  return rows.map(heldOf);
}

/** Who holds each of these identifiers, by `identifierKey`; identifiers nobody holds are absent. */
export async function holdersOf(database: Queryable, identifiers: readonly OrganisationIdentifier[]): Promise<Map<string, string>> {
  if (!identifiers.length) return new Map();
  const rows: Record<string, unknown>[] = await database.query(
    `SELECT organisation_id, scheme, value FROM organisation_identifiers WHERE ${identifiers.map(() => '(scheme = ? AND value = ?)').join(' OR ')}`,
    identifiers.flatMap(({ scheme, value }) => [scheme, value]),
  );
  return new Map(rows.map(heldOf).map((held) => [identifierKey(held), held.organisationId]));
}

/**
 * Gives an organisation the identifiers it lacks, in the caller's transaction; a CONFLICT
 * naming `field` when another organisation holds one of them. Answers how many it added.
 */
export async function addIdentifiers(
  manager: EntityManager,
  organisationId: string,
  identifiers: readonly OrganisationIdentifier[],
  field: string,
): Promise<number> {
  const holders = await holdersOf(manager, identifiers);
  const taken = identifiers.find((identifier) => (holders.get(identifierKey(identifier)) ?? organisationId) !== organisationId);
  if (taken) throw identifierTaken(taken, holders.get(identifierKey(taken))!, field);
  const missing = identifiers.filter((identifier) => !holders.has(identifierKey(identifier)));
  if (!missing.length) return 0;
  try {
    await manager.query(
      `INSERT INTO organisation_identifiers (scheme, value, organisation_id) VALUES ${missing.map(() => '(?, ?, ?)').join(', ')}`,
      missing.flatMap(({ scheme, value }) => [scheme, value, organisationId]),
    );
  } catch (error) {
    // another transaction gave it to another organisation since we looked
    if (isDuplicateKey(error)) throw conflict(`Another organisation has just been given one of these identifiers`, { field });
    throw error;
  }
  return missing.length;
}

/** Makes `identifiers` the organisation's whole set (an update's list replaces the list). */
export async function replaceIdentifiers(
  manager: EntityManager,
  organisationId: string,
  identifiers: readonly OrganisationIdentifier[],
  field: string,
): Promise<void> {
  await manager.query('DELETE FROM organisation_identifiers WHERE organisation_id = ?', [organisationId]);
  await addIdentifiers(manager, organisationId, identifiers, field);
}

export function identifierTaken(identifier: OrganisationIdentifier, holderId: string, field: string) {
  return conflict(`${identifier.scheme} ${identifier.value} already identifies organisation ${JSON.stringify(holderId)}`, {
    field,
    organisationId: holderId,
  });
}

function isDuplicateKey(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: unknown; code?: unknown } } | null)?.driverError;
  return driverError?.errno === 1062 || (typeof driverError?.code === 'string' && driverError.code.startsWith('SQLITE_CONSTRAINT'));
}
