import type { ImportFormat, PlannedRecordType } from '../plan';
import type { ImportChange } from '../owners/owner-imports';

/** One record of the report: what the import did (or would do) to it. */
export interface ImportedRecordValue {
  type: PlannedRecordType;
  key: string;
  outcome: ImportChange;
  id: string | null;
  reason: string | null;
  field: string | null;
  missingFields: string[];
}

export interface ImportReportValue {
  format: ImportFormat;
  dryRun: boolean;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  records: ImportedRecordValue[];
}

/** A programme's contributions follow it: the document order places them. */
const TYPE_RANK: Record<PlannedRecordType, number> = { ORGANISATION: 0, PROGRAMME: 1, CONTRIBUTION: 1, OFFER: 2 };

/**
 * The records of a report, organisations first, then programmes and contributions, then
 * offers, each kind in the document's order; with the totals of each outcome.
 */
export function reportOf(
  header: Pick<ImportReportValue, 'format' | 'dryRun' | 'applied'>,
  records: Iterable<ImportedRecordValue>,
  documentOrder: (record: ImportedRecordValue) => number,
): ImportReportValue {
  const ordered = [...records].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || documentOrder(a) - documentOrder(b));
  const count = (outcome: ImportChange) => ordered.filter((record) => record.outcome === outcome).length;
  return {
    ...header,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    refused: count('REFUSED'),
    records: ordered,
  };
}
