export { startSubgraphServer, SUBGRAPH_BODY_LIMIT_BYTES, type SubgraphServer, type SubgraphServerOptions } from './server';
export type { RequestContextBase } from './request-context';
export { loadTypeDefs } from './type-defs';
export type { ResolverMap } from './resolver-map';
export * from './values';
export { badUserInput, notFound, conflict, forbidden, ErrorCode } from './errors';
export { pageArgs, connection, encodeCursor, decodeCursor, type PageArgs, type Connection, PAGE_SIZE } from './pagination';
export { keyedLoader, groupedLoader } from './loaders';
export { createLogger, type Logger } from '@passerelle/observability';
export {
  launchSubgraph,
  runSubgraphFromEnvironment,
  type SubgraphDefinition,
  type LaunchOptions,
  type RunningSubgraph,
  type ServiceRuntime,
  type WorkerRuntime,
  type BackgroundWork,
} from './service';
export {
  launchStatelessSubgraph,
  runStatelessSubgraphFromEnvironment,
  type StatelessSubgraphDefinition,
  type StatelessLaunchOptions,
} from './stateless-service';
export { parseInput, assertUpdated, fields } from './input';
export {
  inputDefinition,
  newRecordInput,
  changesInput,
  DEFAULT_STRING_MAX,
  DEFAULT_TEXT_MAX,
  type InputDefinition,
  type FieldRules,
  type NewRecordInput,
  type ChangesInput,
  type ScalarRules,
} from './input-shape';
export { nameConnection } from './name-connection';
export { SUBGRAPH_LIMITS, OPERATION_TOO_LARGE, type SubgraphLimits } from './operation-limits';
