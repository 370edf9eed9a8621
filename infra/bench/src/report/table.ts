import type { BenchResult } from './results';

const COLUMNS: [string, (result: BenchResult) => string][] = [
  ['target', (result) => result.target],
  ['query', (result) => result.query],
  ['rps', (result) => result.rps.toFixed(0)],
  ['p50 ms', (result) => result.p50Ms.toFixed(1)],
  ['p99 ms', (result) => result.p99Ms.toFixed(1)],
  ['errors', (result) => String(result.errors)],
  ['rss MB', (result) => String(result.rssMb)],
  ['cpu ms/req', (result) => result.cpuMsPerRequest.toFixed(2)],
];

/** The results as a plain-text table, one row per target and query. */
export function resultsTable(results: BenchResult[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...results.map((result) => COLUMNS.map(([, cell]) => cell(result)))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
