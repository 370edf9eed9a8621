import { dateOf } from '@passerelle/db';
import type { OfferSource } from './open-offer';

/** The columns the read model reads of an `offers` row, named as stored (SQL rows and the bench's generated rows alike). */
export const OFFER_ROW_COLUMNS = ['id', 'version', 'state', 'title', 'description', 'organisation_id', 'contract_type', 'posted_at', 'deadline'];

export function offerColumnsOf(row: Record<string, unknown>): Omit<OfferSource, 'lists'> {
  return {
    id: row.id as string,
    version: Number(row.version),
    state: row.state as string,
    title: row.title as string,
    description: row.description as string,
    organisationId: row.organisation_id as string,
    contractType: row.contract_type as OfferSource['contractType'],
    postedAt: dateOf(row.posted_at),
    deadline: dateOf(row.deadline),
  };
}
