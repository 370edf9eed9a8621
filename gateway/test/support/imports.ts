import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mintToken } from '@passerelle/auth';
import type { ImportReportValue } from '@passerelle/imports';
import { graphql, tableSnapshot, type GraphQLResponse } from '@passerelle/testing';
import type { RunningGraph } from './graph';
import { ROOT } from './processes';

export const IMPORT_DOCUMENT = `mutation ImportDocument($format: ImportFormat!, $content: String!, $dryRun: Boolean!, $applyValid: Boolean!) {
  importDocument(format: $format, content: $content, dryRun: $dryRun, applyValid: $applyValid) {
    format dryRun applied created updated unchanged refused
    records { type key outcome id reason field missingFields }
  }
}`;

/** A fixture the parsers' authors committed (services/imports/test/fixtures/). */
export function importFixture(...parts: string[]): string {
  return readFileSync(path.join(ROOT, 'services', 'imports', 'test', 'fixtures', ...parts), 'utf8');
}

export async function adminHeaders(): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await mintToken({ subject: 'importer', roles: ['admin'] })}` };
}

export interface ImportOptions {
  dryRun?: boolean;
  applyValid?: boolean;
  headers?: Record<string, string>;
}

/** importDocument through the gateway at `url`, as an admin unless `headers` say otherwise. */
export async function importThrough(
  url: string,
  format: string,
  content: string,
  options: ImportOptions = {},
): Promise<GraphQLResponse<{ importDocument: ImportReportValue }>> {
  return graphql<{ importDocument: ImportReportValue }>(
    url,
    IMPORT_DOCUMENT,
    { format, content, dryRun: options.dryRun ?? false, applyValid: options.applyValid ?? false },
    options.headers ?? (await adminHeaders()),
  );
}

/** The report of an import that answered without errors. */
export async function reportOf(url: string, format: string, content: string, options: ImportOptions = {}): Promise<ImportReportValue> {
  const response = await importThrough(url, format, content, options);
  if (response.errors) throw new Error(`importDocument failed: ${JSON.stringify(response.errors)}`);
  return response.data!.importDocument;
}

/** Every table of the three owners: equal snapshots mean nothing was written in between. */
export async function ownersSnapshot(graph: RunningGraph): Promise<Record<string, unknown>> {
  const snapshot: Record<string, unknown> = {};
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    const tables = subgraph.dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    snapshot[name] = await tableSnapshot(subgraph.dataSource, tables);
  }
  return snapshot;
}

/** Each record as `OUTCOME TYPE key`, for assertions that read as the CLI prints. */
export const outcomes = (report: ImportReportValue): string[] =>
  report.records.map((record) => `${record.outcome} ${record.type} ${record.key}`);
