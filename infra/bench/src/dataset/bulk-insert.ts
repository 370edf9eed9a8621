import type { Connection } from 'mysql2/promise';
import type { Row } from './rows';
import { connectToServer } from './server';

/** Rows per INSERT statement: large enough to be fast, small enough for max_allowed_packet (16 MB by default). */
const ROWS_PER_STATEMENT: Record<string, number> = { offers: 400, offer_terms: 5000 };
const DEFAULT_ROWS_PER_STATEMENT = 2000;

/**
 * One connection to a bench database that writes rows with multi-row INSERTs, in
 * transactions, with unique and foreign-key checks off while loading (the generator
 * makes consistent rows; the services' constraints still hold for every later write).
 */
export class BulkWriter {
  private constructor(private readonly connection: Connection) {}

  static async open(serverUrl: string, database: string): Promise<BulkWriter> {
    const connection = await connectToServer(serverUrl, database);
    await connection.query("SET time_zone = '+00:00', unique_checks = 0, foreign_key_checks = 0");
    return new BulkWriter(connection);
  }

  /** Inserts every table's rows (in the map's order) in one transaction. */
  async writeTables(tables: Map<string, Row[]>): Promise<void> {
    await this.connection.beginTransaction();
    try {
      for (const [table, rows] of tables) await this.insert(table, rows);
      await this.connection.commit();
    } catch (error) {
      await this.connection.rollback();
      throw error;
    }
  }

  private async insert(table: string, rows: Row[]): Promise<void> {
    if (!rows.length) return;
    const columns = Object.keys(rows[0]!);
    const perStatement = ROWS_PER_STATEMENT[table] ?? DEFAULT_ROWS_PER_STATEMENT;
    const sql = `INSERT INTO \`${table}\` (${columns.map((column) => `\`${column}\``).join(', ')}) VALUES ?`;
    for (let start = 0; start < rows.length; start += perStatement) {
      const values = rows.slice(start, start + perStatement).map((row) => columns.map((column) => row[column]));
      await this.connection.query(sql, [values]);
    }
  }

  query(sql: string, values: unknown[] = []): Promise<unknown> {
    return this.connection.query(sql, values);
  }

  async tables(): Promise<string[]> {
    const [rows] = await this.connection.query('SHOW TABLES');
    return (rows as Record<string, string>[]).map((row) => Object.values(row)[0]!);
  }

  /** Fresh statistics for the optimiser, as after a real database's nightly maintenance. */
  async analyze(tables: string[]): Promise<void> {
    for (const table of tables) await this.connection.query(`ANALYZE TABLE \`${table}\``);
  }

  close(): Promise<void> {
    return this.connection.end();
  }
}
