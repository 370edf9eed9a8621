import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFormat } from '../plan';
import type { ImportReportValue } from '../coordinator/import-report';

/** The CLI's names of the formats, as `--format` takes them. */
export const CLI_FORMATS: Record<string, ImportFormat> = {
  'posting-text': 'POSTING_TEXT',
  'json-ld': 'JOB_POSTING_JSON_LD',
  'reliefweb-jobs': 'RELIEFWEB_JOBS',
  'reliefweb-sources': 'RELIEFWEB_SOURCES',
  iati: 'IATI_ACTIVITIES',
};

export const USAGE = `usage: npm run import -- --format ${Object.keys(CLI_FORMATS).join('|')} [--dry-run] [--apply-valid] [--token T] [--gateway URL] file...
  --dry-run       report what the import would do, writing nothing
  --apply-valid   write the records that were not refused even when others were
  --token T       an admin's bearer token (default: PASSERELLE_TOKEN)
  --gateway URL   the gateway's GraphQL endpoint (default: PASSERELLE_GATEWAY, else http://localhost:4000/graphql)
Exit code: 0 when every record was imported, 1 when any was refused or an import failed, 2 on a usage error.`;

const IMPORT_DOCUMENT = `mutation ImportDocument($format: ImportFormat!, $content: String!, $dryRun: Boolean!, $applyValid: Boolean!) {
  importDocument(format: $format, content: $content, dryRun: $dryRun, applyValid: $applyValid) {
    format dryRun applied created updated unchanged refused
    records { type key outcome id reason field missingFields }
  }
}`;

export interface CliOptions {
  format: ImportFormat;
  dryRun: boolean;
  applyValid: boolean;
  token: string | undefined;
  gateway: string;
  files: string[];
}

export class UsageError extends Error {}

/** The command line's options; a missing or unknown one is a UsageError. */
export function cliOptions(args: string[], env: NodeJS.ProcessEnv): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'apply-valid': { type: 'boolean', default: false },
        token: { type: 'string' },
        gateway: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  const format = CLI_FORMATS[values.format ?? ''];
  if (!format)
    throw new UsageError(`--format: expected one of ${Object.keys(CLI_FORMATS).join(', ')}, got ${JSON.stringify(values.format ?? '')}`);
  if (positionals.length === 0) throw new UsageError('name at least one file to import');
  return {
    format,
    dryRun: values['dry-run'],
    applyValid: values['apply-valid'],
    token: values.token ?? (env.PASSERELLE_TOKEN || undefined),
    gateway: values.gateway ?? (env.PASSERELLE_GATEWAY || 'http://localhost:4000/graphql'),
    files: positionals,
  };
}

/** One line per record: its outcome, kind, key, id, and what an editor or the importer must know. */
export function reportLines(file: string, report: ImportReportValue): string[] {
  const lines = report.records.map((record) => {
    const parts = [record.outcome.padEnd(9), record.type.padEnd(12), record.key];
    if (record.id) parts.push(`id=${record.id}`);
    if (record.field) parts.push(`field=${record.field}`);
    if (record.reason) parts.push(`reason=${JSON.stringify(record.reason)}`);
    if (record.missingFields.length > 0) parts.push(`missing=${record.missingFields.join(',')}`);
    return `${file}: ${parts.join(' ')}`;
  });
  const state = report.dryRun
    ? 'dry run, nothing written'
    : report.applied
      ? 'applied'
      : 'not applied (records refused; --apply-valid writes the others)';
  lines.push(
    `${file}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.refused} refused; ${state}`,
  );
  return lines;
}

interface GraphQLAnswer {
  data?: { importDocument: ImportReportValue } | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; service?: string; report?: ImportReportValue } }[];
}

/** Imports each file through the gateway, printing as it goes; resolves with the exit code. */
export async function runImportCli(args: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  let options: CliOptions;
  try {
    options = cliOptions(args, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) print(error.message);
    print(USAGE);
    return 2;
  }
  const base = env.INIT_CWD ?? process.cwd();
  let failed = false;
  const totals = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  for (const file of options.files) {
    let content: string;
    try {
      content = await readFile(path.resolve(base, file), 'utf8');
    } catch (error) {
      print(`${file}: cannot be read: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const answer = await send(options, content).catch((error: Error): GraphQLAnswer => ({ errors: [{ message: error.message }] }));
    const report = answer.data?.importDocument;
    if (report) {
      for (const line of reportLines(file, report)) print(line);
      for (const outcome of ['created', 'updated', 'unchanged', 'refused'] as const) totals[outcome] += report[outcome];
      if (report.refused > 0) failed = true;
      continue;
    }
    failed = true;
    for (const error of answer.errors ?? [{ message: 'no answer' }]) {
      const { code, field, service, report: partial } = error.extensions ?? {};
      const where = [code, field && `field=${field}`, service && `service=${service}`].filter(Boolean).join(' ');
      print(`${file}: failed: ${error.message}${where ? ` (${where})` : ''}`);
      if (partial) for (const line of reportLines(file, partial)) print(line);
    }
  }
  if (options.files.length > 1) {
    print(`total: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.refused} refused`);
  }
  return failed ? 1 : 0;
}

async function send(options: CliOptions, content: string): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(options.gateway, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: IMPORT_DOCUMENT,
      variables: { format: options.format, content, dryRun: options.dryRun, applyValid: options.applyValid },
    }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphQLAnswer;
  } catch {
    return { errors: [{ message: `the gateway answered HTTP ${response.status}: ${text.slice(0, 200)}` }] };
  }
}
