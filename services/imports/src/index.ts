export { importsSubgraph } from './subgraph';
export { importsSettings, type ImportsSettings } from './settings';
export { DOWNSTREAM_SERVICE_ERROR } from './owners/owner-client';
export type { ImportReportValue, ImportedRecordValue } from './coordinator/import-report';
