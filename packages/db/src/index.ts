export { createDataSource, databaseNameFor, targetFor, type DatabaseTarget, type ServiceDatabaseOptions } from './data-source';
export { ensureMysqlDatabase, dropMysqlDatabase, mysqlConnectionOptions, mysqlServerUrl } from './mysql';
export { QueryCounter } from './query-counter';
export { foldForSearch } from './search-text';
export { isMysql, columnTypes } from './dialect';
export { updateIfVersion, type VersionedUpdateOutcome } from './versioned-update';
export { inTransaction } from './transactions';
