import { mintToken } from '@passerelle/auth';
import { launchSubgraph } from '@passerelle/subgraph-kit';
import { freePort, graphql, killService, silentLogger, spawnService, testAuthenticator, waitUntilHealthy } from '@passerelle/testing';
import { offersSubgraph } from '../src/subgraph';
import { processDatabase } from './support';
import { CREATE, offerInput } from './writes-support';

/*
 * Each offers process keeps the open offers in memory: past OPEN_OFFERS_MAX it refuses to
 * start, saying why, rather than run out of memory later.
 */

const databases: ('sqlite' | 'mysql')[] = process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];

describe.each(databases)('OPEN_OFFERS_MAX on %s', (kind) => {
  const database = processDatabase(kind);

  beforeAll(async () => {
    // two open offers written through a real process
    const service = spawnService('offers', 'services/offers/src/main.ts', await freePort(), { ...database.env, SEED: 'true' });
    try {
      await waitUntilHealthy(service, 120_000);
      const admin = { authorization: `Bearer ${await mintToken({ subject: 'bound-test', roles: ['admin'] })}` };
      for (const title of ['Premier poste ouvert', 'Second poste ouvert']) {
        const response = await graphql(service.url, CREATE, { input: offerInput({ title, status: 'OPEN' }) }, admin);
        expect(response.errors).toBeUndefined();
      }
    } finally {
      await killService(service);
    }
  }, 180_000);
  afterAll(() => database.drop());

  it('the process refuses to start with more open offers than the bound, and exits', async () => {
    const service = spawnService('offers', 'services/offers/src/main.ts', await freePort(), { ...database.env, OPEN_OFFERS_MAX: '1' });
    await expect(waitUntilHealthy(service, 120_000)).rejects.toThrow(/exited \(1\) before it was healthy/);
  }, 150_000);

  it('says why, naming the setting; at the bound it starts', async () => {
    const launch = (max: string) =>
      launchSubgraph(offersSubgraph, {
        target: database.target,
        port: 0,
        production: false,
        logger: silentLogger,
        seed: false,
        authenticate: testAuthenticator,
        env: { OPEN_OFFERS_MAX: max },
      });
    await expect(launch('1')).rejects.toThrow('more than OPEN_OFFERS_MAX=1 offers are open');
    const running = await launch('2');
    await running.stop();
  }, 60_000);
});
