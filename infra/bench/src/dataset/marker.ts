import { connectToServer } from './server';

/*
 * Each bench database remembers which data set it holds in a table of its own,
 * `bench_dataset`, written last: a half-loaded database has no marker and is reloaded.
 */

export const MARKER_TABLE = 'bench_dataset';

export async function storedFingerprint(serverUrl: string, database: string): Promise<string | null> {
  const connection = await connectToServer(serverUrl);
  try {
    const [tables] = await connection.query('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [
      database,
      MARKER_TABLE,
    ]);
    if (!(tables as unknown[]).length) return null;
    const [rows] = await connection.query(`SELECT fingerprint FROM \`${database}\`.${MARKER_TABLE} LIMIT 1`);
    return (rows as { fingerprint: string }[])[0]?.fingerprint ?? null;
  } finally {
    await connection.end();
  }
}

export function markerStatements(fingerprint: string, loadSeconds: number): [string, unknown[]][] {
  return [
    [`CREATE TABLE ${MARKER_TABLE} (fingerprint TEXT NOT NULL, loaded_at DATETIME NOT NULL, load_seconds DOUBLE NOT NULL)`, []],
    [`INSERT INTO ${MARKER_TABLE} VALUES (?, UTC_TIMESTAMP(), ?)`, [fingerprint, loadSeconds]],
  ];
}

/** Records that a stored data set now has the schema of `fingerprint` (its missing migrations were run). */
export function markerUpdate(fingerprint: string): [string, unknown[]] {
  return [`UPDATE ${MARKER_TABLE} SET fingerprint = ?`, [fingerprint]];
}
