import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type RequestContextBase } from '@passerelle/subgraph-kit';
import type { Organisation } from './organisation.entity';
import { OrganisationStore } from './organisation-store';
import { OrganisationWrites } from './organisation-writes';

export interface OrganisationsContext extends RequestContextBase {
  store: OrganisationStore;
  writes: OrganisationWrites;
  organisationById: DataLoader<string, Organisation | null>;
  unitsByParentId: DataLoader<string, Organisation[]>;
}

/** A fresh set of loaders per request: batching within it, no cache across users. */
export function createContext(dataSource: DataSource, base: RequestContextBase): OrganisationsContext {
  const store = new OrganisationStore(dataSource);
  return {
    ...base,
    store,
    writes: new OrganisationWrites(dataSource),
    organisationById: keyedLoader((ids) => store.findByIds(ids), (organisation) => organisation.id),
    unitsByParentId: groupedLoader((ids) => store.findUnitsOf(ids), (unit) => unit.parentId as string),
  };
}
