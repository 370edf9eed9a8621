import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentMonthAnchor, DEFAULT_SEED } from './dataset/spec';
import { CANNED_QUERIES, FULL_MODE_QUERIES, QUERY_NAMES, type QueryName } from './queries/workloads';
import { CANNED_TARGETS, TARGET_NAMES, type TargetName } from './targets/targets';

/** `full`: the real subgraphs on the MariaDB data set; `canned`: recorded answers, the gateways alone. */
export type BenchMode = 'full' | 'canned';

/** One mode's part of a run: the targets it measures with the queries. */
export interface ModeRun {
  mode: BenchMode;
  targets: TargetName[];
  queries: QueryName[];
}

export interface BenchOptions {
  /** What runs, in order: `--mode all` (the default) is full, then canned. */
  runs: ModeRun[];
  /** After each closed-loop run, the same query at this share of the rate it reached (open loop); 0: not. */
  openFraction: number;
  durationSeconds: number;
  warmupSeconds: number;
  jsonPath: string | null;
  connections: number;
  workers: number;
  scale: number;
  seed: number;
  anchor: string;
  mysqlUrl: string;
  /** The bench databases are `<prefix>_bench_<service>`: another prefix keeps a second data set on the same server. */
  databasePrefix: string;
  basePort: number;
  logLevel: string;
  reload: boolean;
  build: boolean;
  /** Where the processes started for measuring write their CPU profiles (node --cpu-prof), or none. */
  cpuProfDir: string | null;
  /** Resize InnoDB's buffer pool for the run (MB), or leave the server as it is. */
  bufferPoolMb: number | null;
}

export const USAGE = `npm run bench -- [options]
  --mode <all|full|canned> all (default): full, then canned, in one report; full: the real
                       subgraphs on the MariaDB data set; canned: the gateways alone, in front of
                       canned subgraphs serving recorded answers (no database, no data set;
                       targets ${CANNED_TARGETS.join(',')}, queries ${CANNED_QUERIES.join(',')})
  --open-fraction <x>  after each closed-loop run, the same query open loop at this share of the
                       rate it reached (0.6; 0 skips it)
  --duration <s>       seconds of load per target and query (10)
  --warmup <s>         seconds of warm-up per target before measuring (6)
  --json <path>        also write the results as JSON
  --connections <n>    concurrent connections (50)
  --workers <n>        worker processes per gateway (one per core: ${availableParallelism()})
  --targets <a,b>      ${TARGET_NAMES.join(',')} (full mode: all; canned: the gateways;
                       with all, each mode measures those it knows)
  --queries <a,b>      ${QUERY_NAMES.join(',')} (full mode: all but heavy; canned: mix,heavy)
  --scale <x>          data set size against the full one (1: 200,000 offers; 0.1 for a quick run)
  --seed <n>           data set seed (${DEFAULT_SEED})
  --anchor <date>      the day offers are dated around (the first of this month)
  --mysql-url <url>    MariaDB/MySQL server (MYSQL_URL, or mysql://root@127.0.0.1:3306)
  --database-prefix <p> the bench databases are <p>_bench_<service> (passerelle): another prefix
                       keeps a second data set, e.g. of another --scale, on the same server
  --base-port <n>      gateway port; the subgraphs take the next three (4400), and the canned
                       mode records its answers on the four after them
  --log-level <level>  the services' and our gateway's LOG_LEVEL (info, as shipped)
  --buffer-pool-mb <n> resize MariaDB's InnoDB buffer pool for the run, as a production server
                       holding the data set in memory would be (put back afterwards)
  --cpu-prof <dir>     every process measured (gateways, subgraphs) writes a CPU profile there
                       when it stops; summarise with src/report/profile-summary.ts
  --reload             reload the data set even when the same one is stored
  --no-build           skip \`turbo run build\` (the services run from their dist)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      mode: { type: 'string', default: 'all' },
      'open-fraction': { type: 'string', default: '0.6' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '6' },
      json: { type: 'string' },
      connections: { type: 'string', default: '50' },
      workers: { type: 'string', default: String(availableParallelism()) },
      targets: { type: 'string' },
      queries: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      anchor: { type: 'string', default: currentMonthAnchor() },
      'mysql-url': { type: 'string', default: process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' },
      'database-prefix': { type: 'string', default: 'passerelle' },
      'base-port': { type: 'string', default: '4400' },
      'log-level': { type: 'string', default: 'info' },
      'buffer-pool-mb': { type: 'string' },
      'cpu-prof': { type: 'string' },
      reload: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const positive = (name: string, value: string, integer = true) => {
    const number = Number(value);
    if (!(number > 0) || (integer && !Number.isInteger(number)))
      throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${value}"`);
    return number;
  };
  const names = (name: string, value: string, known: readonly string[]): string[] => {
    const given = value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const unknown = given.filter((item) => !known.includes(item));
    if (unknown.length || !given.length) throw new Error(`--${name}: expected some of ${known.join(', ')}, got "${value}"`);
    return given;
  };
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(values['database-prefix']))
    throw new Error(`--database-prefix must be lower-case letters, digits and _, got "${values['database-prefix']}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.anchor)) throw new Error(`--anchor must be a date YYYY-MM-DD, got "${values.anchor}"`);
  if (!['all', 'full', 'canned'].includes(values.mode)) throw new Error(`--mode must be all, full or canned, got "${values.mode}"`);
  const modes: BenchMode[] = values.mode === 'all' ? ['full', 'canned'] : [values.mode as BenchMode];
  const openFraction = Number(values['open-fraction']);
  if (!(openFraction >= 0 && openFraction < 1))
    throw new Error(`--open-fraction must be at least 0 and below 1, got "${values['open-fraction']}"`);
  const targets = values.targets && names('targets', values.targets, modes.flatMap(targetsOf));
  const queries = values.queries && names('queries', values.queries, modes.flatMap(queriesOf));
  const runs = modes
    .map((mode) => ({
      mode,
      targets: targetsOf(mode).filter((target) => !targets || targets.includes(target)),
      queries: (queries ? queriesOf(mode) : defaultQueriesOf(mode)).filter((query) => !queries || queries.includes(query)),
    }))
    .filter((run) => run.targets.length > 0 && run.queries.length > 0);
  if (!runs.length) throw new Error(`--targets and --queries: no ${modes.join(' or ')} mode target measures these queries`);
  return {
    runs,
    openFraction,
    durationSeconds: positive('duration', values.duration),
    warmupSeconds: Number(values.warmup) >= 0 ? Number(values.warmup) : positive('warmup', values.warmup),
    jsonPath: values.json ?? null,
    connections: positive('connections', values.connections),
    workers: positive('workers', values.workers),
    scale: positive('scale', values.scale, false),
    seed: positive('seed', values.seed),
    anchor: values.anchor,
    mysqlUrl: values['mysql-url'],
    databasePrefix: values['database-prefix'],
    basePort: positive('base-port', values['base-port']),
    logLevel: values['log-level'],
    reload: values.reload,
    build: !values['no-build'],
    cpuProfDir: values['cpu-prof'] === undefined ? null : path.resolve(process.env.INIT_CWD ?? process.cwd(), values['cpu-prof']),
    bufferPoolMb: values['buffer-pool-mb'] === undefined ? null : positive('buffer-pool-mb', values['buffer-pool-mb']),
  };
}

const targetsOf = (mode: BenchMode): readonly TargetName[] => (mode === 'canned' ? CANNED_TARGETS : TARGET_NAMES);
const queriesOf = (mode: BenchMode): readonly QueryName[] => (mode === 'canned' ? CANNED_QUERIES : QUERY_NAMES);
const defaultQueriesOf = (mode: BenchMode): readonly QueryName[] => (mode === 'canned' ? CANNED_QUERIES : FULL_MODE_QUERIES);
