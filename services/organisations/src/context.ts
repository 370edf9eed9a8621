import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, type RequestContextBase } from '@passerelle/subgraph-kit';
import { holdersOf, identifiersOf, type HeldIdentifier } from './organisations/identifier-store';
import { identifierOfKey } from './organisations/organisation-identifiers';
import type { OrganisationView } from './organisations/organisation-statements';
import { OrganisationReads } from './organisations/organisation-reads';
import { OrganisationWrites } from './organisations/organisation-writes';
import { importOrganisations, type ImportOptions, type OrganisationImportResult } from './imports/organisation-import';

export interface OrganisationsContext extends RequestContextBase {
  store: OrganisationReads;
  writes: OrganisationWrites;
  organisationById: DataLoader<string, OrganisationView | null>;
  unitsByParentId: DataLoader<string, OrganisationView[]>;
  identifiersByOrganisationId: DataLoader<string, HeldIdentifier[]>;
  /** By `identifierKey`: the id of the organisation holding the identifier. */
  organisationIdByIdentifier: DataLoader<string, string | null>;
  importOrganisations: (records: readonly unknown[], options: ImportOptions) => Promise<OrganisationImportResult[]>;
}

/** A fresh set of loaders per request: batching within it, no cache across users. */
export function createContext(dataSource: DataSource, base: RequestContextBase): OrganisationsContext {
  const store = new OrganisationReads(dataSource);
  const organisationById: DataLoader<string, OrganisationView | null> = new DataLoader(async (ids) => {
    const asked = new Set(ids);
    const byId = new Map((await store.findWithParents(ids)).map((organisation) => [organisation.id, organisation]));
    // the parents came along: Organisation.parent finds them without another statement
    for (const [id, organisation] of byId) if (!asked.has(id)) organisationById.prime(id, organisation);
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    ...base,
    store,
    writes: new OrganisationWrites(dataSource),
    importOrganisations: (records, options) => importOrganisations(dataSource, records, options),
    organisationById,
    unitsByParentId: groupedLoader(
      (ids) => store.findUnitsOf(ids),
      (unit) => unit.parentId as string,
    ),
    identifiersByOrganisationId: groupedLoader(
      (ids) => identifiersOf(dataSource, ids),
      (identifier) => identifier.organisationId,
    ),
    organisationIdByIdentifier: new DataLoader(async (keys) => {
      const holders = await holdersOf(dataSource, keys.map(identifierOfKey));
      return keys.map((key) => holders.get(key) ?? null);
    }),
  };
}
