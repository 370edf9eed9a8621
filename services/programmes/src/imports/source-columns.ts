import { Column } from 'typeorm';
import type { SourceRecord, SourceSystem } from '@passerelle/subgraph-kit';

/** How programmes and contributions store the record they were imported from: four nullable columns. */
export interface SourceColumns {
  sourceSystem: SourceSystem | null;
  sourceId: string | null;
  sourceVersion: string | null;
  sourceUrl: string | null;
}

/**
 * The four columns, for the entities that have them to extend (TypeORM inherits the columns of
 * a class that is not an entity itself). Added by SourceRecords1765100000000.
 */
export abstract class ImportableRow implements SourceColumns {
  @Column({ name: 'source_system', type: 'varchar', length: 12, nullable: true })
  sourceSystem!: SourceSystem | null;

  @Column({ name: 'source_id', type: 'varchar', length: 300, nullable: true })
  sourceId!: string | null;

  @Column({ name: 'source_version', type: 'varchar', length: 100, nullable: true })
  sourceVersion!: string | null;

  @Column({ name: 'source_url', type: 'varchar', length: 500, nullable: true })
  sourceUrl!: string | null;
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
