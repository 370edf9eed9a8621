import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends; tests use it
 * to prove that a request costs a fixed number of queries, not one per row.
 */
export class QueryCounter implements Logger {
  readonly statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  /** Statements that read rows (migrations and transactions excluded). */
  selects(): string[] {
    return this.statements.filter((sql) => /^\s*(SELECT|WITH)\b/i.test(sql));
  }

  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
