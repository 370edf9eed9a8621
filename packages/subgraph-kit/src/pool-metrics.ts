import { Gauge, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

interface MysqlPoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Exposes the database pool's connections (total, idle, waiting requests) at `/metrics`. */
export function observeConnectionPool(dataSource: DataSource, registry: Registry): void {
  new Gauge({
    name: 'passerelle_db_pool_connections',
    help: 'Database connections by state: open, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      // mysql2 keeps these counts on private fields; SQLite is one in-process connection.
      const pool = (dataSource.driver as unknown as { pool?: MysqlPoolInternals }).pool;
      const open = pool ? (pool._allConnections?.length ?? 0) : dataSource.isInitialized ? 1 : 0;
      this.set({ state: 'open' }, open);
      this.set({ state: 'idle' }, pool ? (pool._freeConnections?.length ?? 0) : 0);
      this.set({ state: 'waiting' }, pool ? (pool._connectionQueue?.length ?? 0) : 0);
    },
  });
}
