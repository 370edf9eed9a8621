import type { DataSource } from 'typeorm';
import { Offer } from '../offers/offer.entity';
import { statusCondition } from '../offers/offer-conditions';
import { listsOf } from '../offers/offer-lists';
import type { OfferSource } from './open-offer';
import { offerColumnsOf, offerRowColumns } from './offer-row';

/** Offers read per statement while loading: one keyset page of rows, then their lists. */
const LOAD_BATCH = 1000;

async function withLists(dataSource: DataSource, rows: Record<string, unknown>[]): Promise<OfferSource[]> {
  if (!rows.length) return [];
  const lists = await listsOf(
    dataSource,
    rows.map((row) => row.id as string),
  );
  return rows.map((row) => ({ ...offerColumnsOf(row), lists: lists.get(row.id as string)! }));
}

const selectColumns = (dataSource: DataSource) => dataSource.getRepository(Offer).createQueryBuilder('o').select(offerRowColumns('o'));

/** Every offer open at `now`, in batches by id, each handed to `take` as it is read. */
export async function readOpenOffers(dataSource: DataSource, now: Date, take: (batch: OfferSource[]) => void): Promise<void> {
  let afterId: string | null = null;
  for (;;) {
    const query = selectColumns(dataSource).where(statusCondition('OPEN', 'o'), { now });
    if (afterId !== null) query.andWhere('o.id > :afterId', { afterId });
    const rows = await query.orderBy('o.id', 'ASC').limit(LOAD_BATCH).getRawMany<Record<string, unknown>>();
    take(await withLists(dataSource, rows));
    if (rows.length < LOAD_BATCH) return;
    afterId = rows[rows.length - 1]!.id as string;
  }
}

/** These offers as they now stand (any state); ids absent from the answer are gone. */
export async function readOffers(dataSource: DataSource, ids: readonly string[]): Promise<OfferSource[]> {
  if (!ids.length) return [];
  const rows = await selectColumns(dataSource).where('o.id IN (:...ids)', { ids }).getRawMany<Record<string, unknown>>();
  return withLists(dataSource, rows);
}
