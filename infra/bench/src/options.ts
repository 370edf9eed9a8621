import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { currentMonthAnchor, DEFAULT_SEED } from './dataset/spec';
import { QUERY_NAMES, type QueryName } from './queries/workloads';
import { TARGET_NAMES, type TargetName } from './targets/targets';

export interface BenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  jsonPath: string | null;
  connections: number;
  workers: number;
  targets: TargetName[];
  queries: QueryName[];
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
  /** Resize InnoDB's buffer pool for the run (MB), or leave the server as it is. */
  bufferPoolMb: number | null;
}

export const USAGE = `npm run bench -- [options]
  --duration <s>       seconds of load per target and query (10)
  --warmup <s>         seconds of warm-up per target before measuring (6)
  --json <path>        also write the results as JSON
  --connections <n>    concurrent connections (50)
  --workers <n>        worker processes per gateway (one per core: ${availableParallelism()})
  --targets <a,b>      ${TARGET_NAMES.join(',')}
  --queries <a,b>      ${QUERY_NAMES.join(',')}
  --scale <x>          data set size against the full one (1: 200,000 offers; 0.1 for a quick run)
  --seed <n>           data set seed (${DEFAULT_SEED})
  --anchor <date>      the day offers are dated around (the first of this month)
  --mysql-url <url>    MariaDB/MySQL server (MYSQL_URL, or mysql://root@127.0.0.1:3306)
  --database-prefix <p> the bench databases are <p>_bench_<service> (passerelle): another prefix
                       keeps a second data set, e.g. of another --scale, on the same server
  --base-port <n>      gateway port; the subgraphs take the next three (4400)
  --log-level <level>  the services' and our gateway's LOG_LEVEL (info, as shipped)
  --buffer-pool-mb <n> resize MariaDB's InnoDB buffer pool for the run, as a production server
                       holding the data set in memory would be (put back afterwards)
  --reload             reload the data set even when the same one is stored
  --no-build           skip \`turbo run build\` (the services run from their dist)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '6' },
      json: { type: 'string' },
      connections: { type: 'string', default: '50' },
      workers: { type: 'string', default: String(availableParallelism()) },
      targets: { type: 'string', default: TARGET_NAMES.join(',') },
      queries: { type: 'string', default: QUERY_NAMES.join(',') },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      anchor: { type: 'string', default: currentMonthAnchor() },
      'mysql-url': { type: 'string', default: process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' },
      'database-prefix': { type: 'string', default: 'passerelle' },
      'base-port': { type: 'string', default: '4400' },
      'log-level': { type: 'string', default: 'info' },
      'buffer-pool-mb': { type: 'string' },
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
    if (!(number > 0) || (integer && !Number.isInteger(number))) throw new Error(`--${name} must be a positive ${integer ? 'whole ' : ''}number, got "${value}"`);
    return number;
  };
  const list = <Name extends string>(name: string, value: string, known: readonly Name[]): Name[] => {
    const names = value.split(',').map((item) => item.trim()).filter(Boolean);
    const unknown = names.filter((item) => !known.includes(item as Name));
    if (unknown.length || !names.length) throw new Error(`--${name}: expected some of ${known.join(', ')}, got "${value}"`);
    return known.filter((item) => names.includes(item));
  };
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(values['database-prefix'])) throw new Error(`--database-prefix must be lower-case letters, digits and _, got "${values['database-prefix']}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.anchor)) throw new Error(`--anchor must be a date YYYY-MM-DD, got "${values.anchor}"`);
  return {
    durationSeconds: positive('duration', values.duration),
    warmupSeconds: Number(values.warmup) >= 0 ? Number(values.warmup) : positive('warmup', values.warmup),
    jsonPath: values.json ?? null,
    connections: positive('connections', values.connections),
    workers: positive('workers', values.workers),
    targets: list('targets', values.targets, TARGET_NAMES),
    queries: list('queries', values.queries, QUERY_NAMES),
    scale: positive('scale', values.scale, false),
    seed: positive('seed', values.seed),
    anchor: values.anchor,
    mysqlUrl: values['mysql-url'],
    databasePrefix: values['database-prefix'],
    basePort: positive('base-port', values['base-port']),
    logLevel: values['log-level'],
    reload: values.reload,
    build: !values['no-build'],
    bufferPoolMb: values['buffer-pool-mb'] === undefined ? null : positive('buffer-pool-mb', values['buffer-pool-mb']),
  };
}
