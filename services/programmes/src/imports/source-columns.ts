import type { SourceRecord, SourceSystem } from '@passerelle/subgraph-kit';

/** How programmes and contributions store the record they were imported from: four nullable columns. */
export interface SourceColumns {
  sourceSystem: SourceSystem | null;
  sourceId: string | null;
  sourceVersion: string | null;
  sourceUrl: string | null;
}

export function sourceColumnsOf(source: SourceRecord | null): SourceColumns {
  return {
    sourceSystem: source?.system ?? null,
    sourceId: source?.id ?? null,
    sourceVersion: source?.version ?? null,
    sourceUrl: source?.url ?? null,
  };
}

/** The stored source record, or null for a row entered by hand or by the seed. */
export function sourceRecordOf(row: SourceColumns): SourceRecord | null {
  if (row.sourceSystem === null || row.sourceId === null) return null;
  return { system: row.sourceSystem, id: row.sourceId, version: row.sourceVersion, url: row.sourceUrl };
}
