import { textOf } from '@passerelle/db';
import { offerSummaryOf, summaryColumns } from '../offers/offer-statements';
import type { OfferSource } from './open-offer';

/** The columns the read model reads of an `offers` row (`offers` aliased `alias`): the summary a list shows, and the description for its words. */
export const offerRowColumns = (alias: string) => `${summaryColumns(alias)}, ${alias}.description AS description`;

/** An `offers` row, named as stored (SQL rows and the bench's generated rows alike), as the model takes it in. */
export function offerColumnsOf(row: Record<string, unknown>): Omit<OfferSource, 'lists'> {
  return { ...offerSummaryOf(row), description: textOf(row.description) };
}
