export { migrationsIn, type MigrationClass } from './migrations-in';
export { columnFactsOf, entityRowsOf, entityRowsWithout, oneOf, type ColumnFacts, type EntityRows } from './entity-rows';
export { createDataSource, databaseNameFor, targetFor, type DatabaseTarget, type ServiceDatabaseOptions } from './data-source';
export { ensureMysqlDatabase, dropMysqlDatabase, mysqlConnectionOptions, mysqlServerUrl } from './mysql';
export { QueryCounter } from './query-counter';
export { foldForSearch } from './search-text';
export {
  NAME_TIER,
  namesSearchText,
  foldedNameSearch,
  nameOrdering,
  namePageKey,
  whereNameContains,
  namePage,
  type NamePageKey,
  type NameRanked,
} from './name-search';
export { isMysql, columnTypes } from './dialect';
export { updateIfVersion, type VersionedUpdateOutcome } from './versioned-update';
export { inTransaction, isLockConflict } from './transactions';
export { dateOf, booleanOf, integerOf, jsonOf, memberOf, nullableTextOf, placeholders, textOf } from './row-values';
