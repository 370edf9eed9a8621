import type { DataSource, QueryRunner } from 'typeorm';

export function isMysql(source: DataSource | QueryRunner): boolean {
  const type = 'connection' in source ? source.connection.options.type : source.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Column types that mean the same on both dialects, for migrations written with
 * TypeORM's Table API. `binaryText` sorts byte-wise so keyset pagination orders
 * rows identically on MySQL (whose default collation would not) and SQLite.
 */
export function columnTypes(queryRunner: QueryRunner) {
  const mysql = isMysql(queryRunner);
  return {
    /** Ids compare byte-wise on both dialects: "UNDP" is not the id "undp". */
    id: mysql ? { type: 'varchar', length: '64', collation: 'utf8mb4_bin' } : { type: 'varchar', length: '64' },
    text: { type: 'text' },
    longText: { type: mysql ? 'mediumtext' : 'text' },
    json: { type: mysql ? 'json' : 'text' },
    timestamp: mysql ? { type: 'datetime', precision: 3 } : { type: 'datetime' },
    now: mysql ? 'CURRENT_TIMESTAMP(3)' : "(datetime('now'))",
    binaryText: (length: number) =>
      mysql ? { type: 'varchar', length: String(length), collation: 'utf8mb4_bin' } : { type: 'varchar', length: String(length) },
  } as const;
}
