import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from '@passerelle/config';
import { inTransaction } from '@passerelle/db';
import { fields, parseInput } from '@passerelle/subgraph-kit';
import type * as Schema from '../generated/resolvers-types';
import { holdersOf } from '../organisations/identifier-store';
import { identifierKey, identifiersInput } from '../organisations/organisation-identifiers';
import { idsNamedExactly } from '../organisations/organisation-reads';
import { completeIdentifiers, insertOrganisation } from '../organisations/organisation-writes';
import { ORGANISATION_KINDS } from '../organisations/organisation.entity';

export type OrganisationImportResult = Schema.OrganisationImportResult;

/** The most records one call may carry: an IATI file names a few dozen organisations, ReliefWeb's sources come by the hundred. */
export const MAX_IMPORT_RECORDS = 1000;

const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish();

const importRecord = z.strictObject({
  key: fields.text(200),
  identifiers: identifiersInput,
  name: fields.text(200),
  acronym: optional(fields.text(40)),
  kind: optional(z.enum(ORGANISATION_KINDS)),
  countryCode: optional(fields.countryCode),
  website: optional(fields.httpUrl),
  createIfMissing: z.boolean(),
});
type ImportRecord = z.infer<typeof importRecord>;

/** A record the import does not apply, with the field (as `records.2.name`) and why. */
class Refusal extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Thrown to roll the transaction back (a dry run, or a refusal without applyValid) with the results it reached. */
class RolledBack extends Error {
  constructor(readonly results: OrganisationImportResult[]) {
    super('rolled back');
  }
}

export interface ImportOptions {
  dryRun: boolean;
  applyValid: boolean;
}

/**
 * Matches each record to an organisation, or creates one, in one transaction, through the
 * writes `createOrganisation` and the seed make. Later records see what earlier ones did
 * (two records with the same identifier name one organisation). When a record is refused,
 * nothing is written unless `applyValid`; a dry run is rolled back, and reports null for the
 * ids of organisations that it created.
 */
export async function importOrganisations(
  dataSource: DataSource,
  records: readonly unknown[],
  options: ImportOptions,
): Promise<OrganisationImportResult[]> {
  try {
    return await inTransaction(dataSource, async (manager) => {
      const createdHere = new Set<string>();
      const results: OrganisationImportResult[] = [];
      for (const [index, record] of records.entries()) results.push(await importRecordAt(manager, record, `records.${index}`, createdHere));
      const refused = results.some((result) => result.change === 'REFUSED');
      if (options.dryRun || (refused && !options.applyValid)) {
        // organisations this run created do not outlive it
        throw new RolledBack(
          results.map((result) =>
            result.organisationId && createdHere.has(result.organisationId) ? { ...result, organisationId: null } : result,
          ),
        );
      }
      return results;
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.results;
    throw error;
  }
}

async function importRecordAt(
  manager: EntityManager,
  raw: unknown,
  path: string,
  createdHere: Set<string>,
): Promise<OrganisationImportResult> {
  const rawKey = (raw as { key?: unknown } | null)?.key;
  const key = typeof rawKey === 'string' ? rawKey : '';
  try {
    const record = parseRecord(raw, path);
    const matchedId = await matchOf(manager, record, path);
    if (matchedId) {
      const added = await completeIdentifiers(manager, matchedId, record.identifiers, `${path}.identifiers`);
      return { key, change: added ? 'UPDATED' : 'UNCHANGED', organisationId: matchedId, reason: null, field: null };
    }
    if (!record.createIfMissing) {
      throw new Refusal(
        `${path}.name`,
        `no organisation has the name, acronym or alias ${JSON.stringify(record.name)}, and this record may not create one`,
      );
    }
    if (!record.kind) {
      throw new Refusal(`${path}.kind`, `no organisation matches ${JSON.stringify(record.name)}, and creating one needs its kind`);
    }
    const id = randomUUID();
    const { name, acronym, kind, countryCode, website, identifiers } = record;
    await insertOrganisation(manager, id, { name, acronym, kind, countryCode, website, identifiers }, `${path}.identifiers`);
    createdHere.add(id);
    return { key, change: 'CREATED', organisationId: id, reason: null, field: null };
  } catch (error) {
    // refusals come before a record writes anything; a later error (a lost race) ends the whole import
    if (!(error instanceof Refusal)) throw error;
    return { key, change: 'REFUSED', organisationId: null, reason: error.reason, field: error.field };
  }
}

function parseRecord(raw: unknown, path: string): ImportRecord {
  try {
    return parseInput(importRecord, raw, path);
  } catch (error) {
    if (!(error instanceof GraphQLError) || typeof error.extensions.field !== 'string') throw error;
    const field = error.extensions.field;
    throw new Refusal(field, error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message);
  }
}

/** The organisation any of the record's identifiers names, else the one its name names exactly; a refusal when they name several. */
async function matchOf(manager: EntityManager, record: ImportRecord, path: string): Promise<string | null> {
  const holders = await holdersOf(manager, record.identifiers);
  const holderOf = (index: number) => holders.get(identifierKey(record.identifiers[index]!));
  const firstHeld = record.identifiers.findIndex((_, index) => holderOf(index) !== undefined);
  if (firstHeld >= 0) {
    const holderId = holderOf(firstHeld)!;
    const other = record.identifiers.findIndex((_, index) => holderOf(index) !== undefined && holderOf(index) !== holderId);
    if (other >= 0) {
      const [first, second] = [record.identifiers[firstHeld]!, record.identifiers[other]!];
      throw new Refusal(
        `${path}.identifiers.${other}`,
        `${second.scheme} ${second.value} identifies organisation ${JSON.stringify(holderOf(other))}, ` +
          `but ${first.scheme} ${first.value} identifies ${JSON.stringify(holderId)}`,
      );
    }
    return holderId;
  }
  const named = await idsNamedExactly(manager, record.name);
  if (named.length > 1) {
    throw new Refusal(
      `${path}.name`,
      `${JSON.stringify(record.name)} names ${named.length} organisations (${named.join(', ')}); give an identifier`,
    );
  }
  return named[0] ?? null;
}
