import { GraphQLError } from 'graphql';
import { ErrorCode, parseInput, sourceRecordInput, type SourceRecord } from '@passerelle/subgraph-kit';
import type { OfferImportRecord } from '../generated/resolvers-types';
import { createOfferInput, type CreateOfferInput } from '../offers/offer-input';

/*
 * An import's records, each checked as createOffer checks its input: the same schema, the
 * field named by its path in the arguments (`records.2.offer.deadline`).
 */

/** Why a record was refused, and the field to correct. */
export interface Refusal {
  reason: string;
  field: string | null;
}

export interface CheckedRecord {
  key: string;
  /** The record's path in the arguments, `records.<index>`. */
  path: string;
  source: SourceRecord;
  offer: CreateOfferInput;
}

export type ImportRecord = CheckedRecord | { key: string; refusal: Refusal };

export function checkedRecords(records: readonly OfferImportRecord[]): ImportRecord[] {
  return records.map((record, index) => {
    const path = `records.${index}`;
    try {
      const source = parseInput(sourceRecordInput, record.source, `${path}.source`);
      const offer = parseInput(createOfferInput, record.offer, `${path}.offer`);
      return { key: record.key, path, source, offer };
    } catch (error) {
      return { key: record.key, refusal: refusalOf(error, path) };
    }
  });
}

/**
 * The refusal a write's bad-input error stands for, its field (`input.deadline`, as the write
 * names it for createOffer) moved under the record (`records.2.offer.deadline`). Any other
 * error is no fault of the record's: it is thrown again, and the import fails whole.
 */
export function refusalOf(error: unknown, path: string): Refusal {
  if (!(error instanceof GraphQLError) || error.extensions.code !== ErrorCode.BAD_USER_INPUT) throw error;
  const given = typeof error.extensions.field === 'string' ? error.extensions.field : null;
  if (given === null || !given.startsWith('input.')) return { reason: error.message, field: given };
  const field = `${path}.offer.${given.slice('input.'.length)}`;
  return { reason: error.message.split(given).join(field), field };
}
