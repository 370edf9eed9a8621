import { connectToServer } from './server';

type Log = (message: string) => void;

/**
 * The database server's cache (InnoDB's buffer pool) against the bench data: a production
 * server holds its working set in memory; a development server's default (128 MB) does not
 * hold 200,000 offers and their search index, and then the figures measure disk reads.
 * With `sizeMb` the pool is resized for the run (SET GLOBAL, online) and the returned
 * function puts it back as it was; without it, a pool too small is only reported.
 */
export async function prepareBufferPool(
  serverUrl: string,
  databases: string[],
  sizeMb: number | null,
  log: Log,
): Promise<() => Promise<void>> {
  const connection = await connectToServer(serverUrl);
  let originalBytes: number;
  try {
    const [poolRows] = await connection.query('SELECT @@innodb_buffer_pool_size AS bytes');
    const [dataRows] = await connection.query(
      'SELECT COALESCE(SUM(data_length + index_length), 0) AS bytes FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (?)',
      [databases],
    );
    originalBytes = Number((poolRows as { bytes: string }[])[0]!.bytes);
    const poolMb = Math.round(originalBytes / 2 ** 20);
    const dataMb = Math.round(Number((dataRows as { bytes: string }[])[0]!.bytes) / 2 ** 20);
    if (sizeMb === null || sizeMb === poolMb) {
      const advice = poolMb < dataMb ? ' (too small: reads go to disk; see --buffer-pool-mb)' : '';
      log(`InnoDB buffer pool: ${poolMb} MB for ${dataMb} MB of bench data${advice}`);
      return async () => {};
    }
    await connection.query('SET GLOBAL innodb_buffer_pool_size = ?', [sizeMb * 2 ** 20]);
    log(`InnoDB buffer pool: resized from ${poolMb} to ${sizeMb} MB for ${dataMb} MB of bench data, until the run ends`);
  } finally {
    await connection.end();
  }
  return async () => {
    const restore = await connectToServer(serverUrl);
    try {
      await restore.query('SET GLOBAL innodb_buffer_pool_size = ?', [originalBytes]);
    } finally {
      await restore.end();
    }
  };
}

/** Reads every index of the bench tables once, as a server that has been serving for a while has them in memory. */
export async function warmDatabases(serverUrl: string, databases: string[]): Promise<void> {
  const connection = await connectToServer(serverUrl);
  try {
    const [indexes] = await connection.query(
      'SELECT DISTINCT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, INDEX_NAME AS idx FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (?)',
      [databases],
    );
    for (const { db, tbl, idx } of indexes as { db: string; tbl: string; idx: string }[]) {
      await connection.query(`SELECT COUNT(*) FROM \`${db}\`.\`${tbl}\` FORCE INDEX (\`${idx}\`)`);
    }
  } finally {
    await connection.end();
  }
}
