import type { SubgraphDefinition, RequestContextBase } from '@passerelle/subgraph-kit';
import { builtDb } from '../workspace';
import { BulkWriter } from './bulk-insert';
import { generateContributions } from './contributions';
import { markerStatements, markerUpdate, storedFingerprint } from './marker';
import { generateOffers } from './offers';
import { generateOrganisations } from './organisations';
import { generateProgrammes } from './programmes';
import type { Row } from './rows';
import { offersCode, organisationsCode, programmesCode } from './service-code';
import { fingerprintOf, missingMigrations, type DatasetSpec } from './spec';

export interface ServiceLoad {
  service: string;
  database: string;
  /** True when the database already held this data set. */
  kept: boolean;
  rows: number;
  seconds: number;
}

type Log = (message: string) => void;
type Definition = Pick<SubgraphDefinition<RequestContextBase>, 'name' | 'entities' | 'migrations'>;

/** The bench database of a service: apart from the one `npm start` uses (<prefix>_<service>), as the subgraph named bench_<service> opens it. */
export function benchDatabase(service: string, prefix: string): string {
  return `${prefix}_bench_${service}`;
}

/**
 * Makes each service's bench database hold the data set of `spec`: kept when it already
 * does, otherwise recreated with the service's own migrations and bulk-loaded.
 */
export async function ensureDataset(
  spec: DatasetSpec,
  serverUrl: string,
  prefix: string,
  force: boolean,
  log: Log,
): Promise<ServiceLoad[]> {
  const organisations = generateOrganisations(spec);
  const programmes = generateProgrammes(spec, organisations);
  const loader = (definition: Definition, fill: (writer: BulkWriter) => Promise<number>) =>
    loadService(definition, spec, serverUrl, prefix, force, log, fill);
  return [
    await loader(organisationsCode().subgraph, async (writer) => {
      await writer.writeTables(new Map([['organisations', organisations.rows]]));
      return organisations.rows.length;
    }),
    await loader(programmesCode().subgraph, async (writer) => {
      await writer.writeTables(programmes.tables);
      const contributions = generateContributions(spec, organisations, programmes);
      for (let start = 0; start < contributions.length; start += 5000) {
        await writer.writeTables(new Map([['contributions', contributions.slice(start, start + 5000)]]));
      }
      return [...programmes.tables.values()].reduce((sum, rows) => sum + rows.length, contributions.length);
    }),
    await loader(offersCode().subgraph, async (writer) => {
      let rows = 0;
      let offers = 0;
      for (const batch of generateOffers(spec, organisations, programmes, 500)) {
        await writer.writeTables(batch);
        rows += [...batch.values()].reduce((sum, tableRows: Row[]) => sum + tableRows.length, 0);
        offers += batch.get('offers')!.length;
        if (offers % 20_000 === 0) log(`  offers: ${offers.toLocaleString('en')} of ${spec.offers.toLocaleString('en')}`);
      }
      return rows;
    }),
  ];
}

async function loadService(
  definition: Definition,
  spec: DatasetSpec,
  serverUrl: string,
  prefix: string,
  force: boolean,
  log: Log,
  fill: (writer: BulkWriter) => Promise<number>,
): Promise<ServiceLoad> {
  const database = benchDatabase(definition.name, prefix);
  const migrations = (definition.migrations as { name: string }[]).map((migration) => migration.name);
  const fingerprint = fingerprintOf(spec, migrations);
  const stored = force ? null : await storedFingerprint(serverUrl, database);
  if (stored === fingerprint) {
    log(`${definition.name}: ${database} already holds this data set`);
    return { service: definition.name, database, kept: true, rows: 0, seconds: 0 };
  }
  const started = performance.now();
  const missing = missingMigrations(stored, spec, migrations);
  if (missing) {
    log(`${definition.name}: ${database} holds this data set; running its ${missing.length} new migration(s): ${missing.join(', ')}`);
    await runMigrations(definition, serverUrl, database);
    const writer = await BulkWriter.open(serverUrl, database);
    try {
      await writer.query(...markerUpdate(fingerprint));
    } finally {
      await writer.close();
    }
    const seconds = (performance.now() - started) / 1000;
    log(`${definition.name}: migrated in ${seconds.toFixed(1)} s`);
    return { service: definition.name, database, kept: true, rows: 0, seconds };
  }
  log(`${definition.name}: loading ${database}…`);
  await builtDb().dropMysqlDatabase(serverUrl, database);
  await runMigrations(definition, serverUrl, database);
  const writer = await BulkWriter.open(serverUrl, database);
  try {
    const rows = await fill(writer);
    await writer.analyze(await writer.tables());
    const seconds = (performance.now() - started) / 1000;
    for (const [sql, values] of markerStatements(fingerprint, seconds)) await writer.query(sql, values);
    log(`${definition.name}: ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s`);
    return { service: definition.name, database, kept: false, rows, seconds };
  } finally {
    await writer.close();
  }
}

async function runMigrations(definition: Definition, serverUrl: string, database: string): Promise<void> {
  const dataSource = await builtDb().createDataSource({
    target: { kind: 'mysql', serverUrl, database },
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
