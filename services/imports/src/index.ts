export { importsSubgraph } from './subgraph';
export { importsSettings, type ImportsSettings } from './settings';
export { OWNER_FAILED } from './owners/owner-client';
export type { ImportReportValue, ImportedRecordValue } from './coordinator/import-report';
