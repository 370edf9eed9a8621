import { z } from '@passerelle/config';
import { fields } from '../input';

/*
 * The record in another system that an imported offer, programme or contribution came from.
 * Declared in GraphQL by each subgraph that stores one (as `type SourceRecord @shareable`, the
 * same text in each); its rules live here once.
 */

export const SOURCE_SYSTEMS = ['WEB', 'TEXT', 'RELIEFWEB', 'IATI'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export interface SourceRecord {
  system: SourceSystem;
  /** WEB: the page's URL; TEXT: sha256 of the text; RELIEFWEB: the job id; IATI: the activity identifier (+ '#' + transaction). */
  id: string;
  /** The source's own version (an ISO 8601 instant) when it states one, else a sha256 of the content. */
  version: string | null;
  url: string | null;
}

/** SourceRecordInput as the record-import mutations check it. */
export const sourceRecordInput = z.object({
  system: z.enum(SOURCE_SYSTEMS),
  id: fields.text(300),
  version: fields
    .text(100)
    .nullish()
    .transform((value) => value ?? null),
  url: fields.httpUrl.nullish().transform((value) => value ?? null),
});

/** How an incoming version of a record compares with the one stored. */
export type VersionComparison = 'same' | 'older' | 'newer';

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Equal versions are the same record; when both are instants, the earlier one is older;
 * any other difference (a content hash, a version where there was none) is newer.
 */
export function compareSourceVersions(stored: string | null, incoming: string | null): VersionComparison {
  if (stored === incoming) return 'same';
  if (stored !== null && incoming !== null && INSTANT.test(stored) && INSTANT.test(incoming)) {
    const storedAt = Date.parse(stored);
    const incomingAt = Date.parse(incoming);
    if (!Number.isNaN(storedAt) && !Number.isNaN(incomingAt)) {
      if (incomingAt === storedAt) return 'same';
      return incomingAt < storedAt ? 'older' : 'newer';
    }
  }
  return 'newer';
}
