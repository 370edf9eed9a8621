import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Row count and a checksum of every row of the given tables: two equal snapshots
 * mean nothing was written in between, not even half of a failed write.
 */
export async function tableSnapshot(dataSource: DataSource, tables: string[]): Promise<Record<string, { rows: number; checksum: string }>> {
  const snapshot: Record<string, { rows: number; checksum: string }> = {};
  for (const table of tables) {
    const rows = await dataSource.query<Record<string, unknown>[]>(`SELECT * FROM ${table}`);
    // Sorted after canonicalising, so the checksum does not depend on the order rows are read in.
    const canonical = JSON.stringify(rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))).sort());
    snapshot[table] = { rows: rows.length, checksum: createHash('sha256').update(canonical).digest('hex').slice(0, 16) };
  }
  return snapshot;
}
