import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, type RequestContextBase } from '@passerelle/subgraph-kit';
import type { OrganisationView } from './organisations/organisation-statements';
import { OrganisationReads } from './organisations/organisation-reads';
import { OrganisationWrites } from './organisations/organisation-writes';

export interface OrganisationsContext extends RequestContextBase {
  store: OrganisationReads;
  writes: OrganisationWrites;
  organisationById: DataLoader<string, OrganisationView | null>;
  unitsByParentId: DataLoader<string, OrganisationView[]>;
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
    organisationById,
    unitsByParentId: groupedLoader(
      (ids) => store.findUnitsOf(ids),
      (unit) => unit.parentId as string,
    ),
  };
}
