import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './processes';

/**
 * The configuration table (docs/configuration.md), as documented-defaults.test.ts checks it against the
 * settings each process logs at start-up. A row it can read:
 *
 * - variable: one `NAME`, or several separated by ", ".
 * - read by: `gateway`, `subgraphs` (those with a database), one subgraph's name (`offers`,
 *   `imports`), `each process` (the gateway and every subgraph) or `npm start`, separated by ", "; `tests` may be added and
 *   is not checked.
 * - default, one of:
 *   - `unset`, whatever follows (`unset: embedded SQLite`): the variable has no value (null);
 *   - a phrase of PHRASES below, which says the value it stands for in development;
 *   - values separated by ", ": one per variable of the row, or one for all of them. A value
 *     is a `code span`, or a word or number with no spaces; `a / b / c / d / e` gives one per
 *     process, in the order gateway, organisations, offers, programmes, imports;
 *   - any of these followed by "(`value` under `npm start`)", when npm start gives its
 *     processes another default.
 */
export const PHRASES: Record<string, string> = {
  'on in development, off in production': 'true',
  'development secret outside production': 'development secret',
};

export const GRAPH_PROCESSES = ['gateway', 'organisations', 'offers', 'programmes', 'imports'] as const;
export type ProcessName = (typeof GRAPH_PROCESSES)[number] | 'npm start';

const READERS: Record<string, readonly ProcessName[]> = {
  gateway: ['gateway'],
  subgraphs: ['organisations', 'offers', 'programmes'],
  organisations: ['organisations'],
  offers: ['offers'],
  programmes: ['programmes'],
  imports: ['imports'],
  'each process': GRAPH_PROCESSES,
  '`npm start`': ['npm start'],
  tests: [],
};
const UNDER_NPM_START = /\s*\(`([^`]+)` under `npm start`\)$/;
const VALUE = /^`([^`]+)`$|^([^\s`]+)$/;

export interface DocumentedDefault {
  variable: string;
  process: ProcessName;
  /** null: documented as unset. */
  value: string | null;
}

export interface ConfigurationTable {
  defaults: DocumentedDefault[];
  /** What npm start gives every process instead of the default, by variable. */
  underNpmStart: Record<string, string>;
}

export function readConfigurationTable(guide = readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8')): ConfigurationTable {
  const section = guide.split('# Configuration\n')[1]?.split('\n## ')[0];
  if (!section) throw new Error('docs/configuration.md has no "# Configuration" section');
  const table: ConfigurationTable = { defaults: [], underNpmStart: {} };
  for (const line of section.split('\n').filter((row) => row.startsWith('| `'))) {
    const [variablesCell, readByCell, defaultCell] = line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim());
    const fail = (problem: string) => new Error(`docs/configuration.md configuration row ${variablesCell}: ${problem}`);
    const variables = variablesCell!.split(', ').map((name) => /^`([A-Z][A-Z0-9_]*)`$/.exec(name)?.[1] ?? '');
    if (variables.includes('')) throw fail('each variable is a `NAME`, separated by ", "');
    const readBy = readByCell!.split(', ').flatMap((reader) => {
      const processes = READERS[reader];
      if (!processes) throw fail(`"${reader}" is none of the readers ${Object.keys(READERS).join(', ')}`);
      return processes;
    });
    const npmStart = UNDER_NPM_START.exec(defaultCell!)?.[1];
    const values = valuesOf(defaultCell!.replace(UNDER_NPM_START, ''), fail);
    if (values.length !== 1 && values.length !== variables.length)
      throw fail(`${values.length} defaults for ${variables.length} variables`);
    variables.forEach((variable, index) => {
      const value = values[values.length === 1 ? 0 : index]!;
      for (const process of readBy) table.defaults.push({ variable, process, value: forProcess(value, process, fail) });
      if (npmStart !== undefined) table.underNpmStart[variable] = npmStart;
    });
  }
  return table;
}

type Value = string | null | string[];

function valuesOf(cell: string, fail: (problem: string) => Error): Value[] {
  if (cell.startsWith('unset')) return [null];
  const phrase = PHRASES[cell];
  if (phrase !== undefined) return [phrase];
  return cell.split(', ').map((item) => {
    const perProcess = item.split(' / ').map((text) => {
      const match = VALUE.exec(text);
      if (!match) throw fail(`"${text}" is not a value; a default in words is added to PHRASES in ${path.basename(__filename)}`);
      return match[1] ?? match[2]!;
    });
    return perProcess.length === 1 ? perProcess[0]! : perProcess;
  });
}

function forProcess(value: Value, process: ProcessName, fail: (problem: string) => Error): string | null {
  if (!Array.isArray(value)) return value;
  const index = GRAPH_PROCESSES.indexOf(process as (typeof GRAPH_PROCESSES)[number]);
  if (value.length !== GRAPH_PROCESSES.length || index < 0)
    throw fail(`"a / b / c / d / e" gives one value for each of ${GRAPH_PROCESSES.join(', ')}`);
  return value[index]!;
}
