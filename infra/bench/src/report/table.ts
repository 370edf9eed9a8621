import type { BenchResult } from './results';

const SHORT_NAMES: Record<string, string> = { gateway: 'gw', organisations: 'org', offers: 'off', programmes: 'prog', mariadb: 'db' };

const COLUMNS: [string, (result: BenchResult) => string][] = [
  ['target', (result) => result.target],
  ['query', (result) => result.query],
  ['load', (result) => (result.load === 'open' ? `open ${result.rateRps}/s` : 'closed')],
  ['rps', (result) => result.rps.toFixed(0)],
  ['p50 ms', (result) => result.p50Ms.toFixed(1)],
  ['p99 ms', (result) => result.p99Ms.toFixed(1)],
  ['p99.9 ms', (result) => result.p999Ms.toFixed(1)],
  ['errors', (result) => String(result.errors)],
  ['rss MB', (result) => String(result.rssMb)],
  ['cpu ms/req', (result) => result.cpuMsPerRequest.toFixed(2)],
  ['all cpu ms/req', (result) => result.cpuMsPerRequestTotal.toFixed(2)],
  [
    'by process',
    (result) =>
      Object.entries(result.cpuMsPerRequestByProcess)
        .map(([name, ms]) => `${SHORT_NAMES[name] ?? name} ${ms.toFixed(2)}`)
        .join(' '),
  ],
];

/** The results as a plain-text table, one row per target, query and load. `cpu ms/req` is the target's own processes. */
export function resultsTable(results: BenchResult[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...results.map((result) => COLUMNS.map(([, cell]) => cell(result)))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const leftAligned = (column: number) => column < 3 || column === COLUMNS.length - 1;
  const line = (row: string[]) =>
    row
      .map((cell, column) => (leftAligned(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
