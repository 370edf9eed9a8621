import type { DataSource } from 'typeorm';
import { createDataSource, type ServiceDatabaseOptions } from '@passerelle/db';
import { TEST_JWT_SECRET } from './identities';
import { freePort, killService, serviceProcessDatabase, spawnService, waitUntilHealthy, type ServiceProcess } from './processes';
import { tableSnapshot } from './table-checksum';

export interface ProductionProcess {
  service: ServiceProcess;
  /** The process's database, read by the test. */
  stored: DataSource;
  /** Row count and checksum of every table of the service: equal snapshots mean nothing was written. */
  snapshot: () => ReturnType<typeof tableSnapshot>;
}

/**
 * For a describe block: a service started as production runs it (`services/<name>/src/main.ts`,
 * NODE_ENV=production, tokens signed with the test secret, seeded) on a database of its own,
 * and that database opened for the test to read; the process is killed and the database
 * dropped afterwards. Call the returned function inside the tests.
 */
export function useProductionProcess(
  name: string,
  kind: 'sqlite' | 'mysql',
  entities: ServiceDatabaseOptions['entities'],
): () => ProductionProcess {
  const database = serviceProcessDatabase(name, kind);
  let running: ProductionProcess | undefined;
  beforeAll(async () => {
    const service = spawnService(name, `services/${name}/src/main.ts`, await freePort(), {
      ...database.env,
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED: 'true',
    });
    running = { service } as ProductionProcess;
    await waitUntilHealthy(service, 120_000);
    const stored = await createDataSource({ target: database.target, entities, migrations: [] });
    const tables = stored.entityMetadatas.map((entity) => entity.tableName).sort();
    running = { service, stored, snapshot: () => tableSnapshot(stored, tables) };
  }, 180_000);
  afterAll(async () => {
    await running?.stored?.destroy();
    if (running?.service) await killService(running.service);
    await database.drop();
  });
  return () => running!;
}
