import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import type { OfferSortKey } from './offer-order';

/**
 * A page in deadline order (earliest first, offers with no deadline last, the id breaking
 * ties) that the database reads in index order. The dated offers come from
 * `ORDER BY deadline, id`, which the offers' (deadline, id) index serves as it is, stopping
 * after one page; the undated ones from `ORDER BY id`; one statement joins both and orders
 * those few rows. A single `ORDER BY CASE WHEN deadline IS NULL …` makes the database sort
 * every match before the first row. `scoped` gives the offers in scope, as `offers o`.
 */
export function deadlinePageQuery(
  offers: SelectQueryBuilder<Offer>,
  scoped: () => SelectQueryBuilder<Offer>,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const [afterValue, afterId] = after ?? [undefined, undefined];
  const ids = () => scoped().select('o.id', 'page_id').addSelect('o.deadline', 'page_deadline');
  const dated = ids().andWhere(`o.deadline IS NOT NULL`);
  if (afterValue === null) dated.andWhere('1 = 0');
  else if (afterValue !== undefined) {
    dated.andWhere(
      new Brackets((keyset) =>
        keyset
          .where(`o.deadline > :afterDeadline`, { afterDeadline: new Date(afterValue) })
          .orWhere(`(o.deadline = :afterDeadline AND o.id > :afterId)`, { afterId }),
      ),
    );
  }
  dated.orderBy('o.deadline', 'ASC').addOrderBy('o.id', 'ASC').limit(limit);

  const undated = ids().andWhere(`o.deadline IS NULL`);
  if (afterValue === null) undated.andWhere(`o.id > :afterId`, { afterId });
  undated.orderBy('o.id', 'ASC').limit(limit);

  // The page's ids are ordered and cut on their own; the offers' rows (long descriptions) are
  // joined to those few ids unsorted, so MariaDB never sorts wide rows in an on-disk temporary
  // table. The caller puts them in order (byDeadline).
  const page =
    `(SELECT candidates.page_id FROM (SELECT * FROM (${dated.getQuery()}) dated UNION ALL SELECT * FROM (${undated.getQuery()}) undated) candidates ` +
    `ORDER BY CASE WHEN candidates.page_deadline IS NULL THEN 1 ELSE 0 END, candidates.page_deadline, candidates.page_id LIMIT ${Math.trunc(limit)})`;
  return offers.innerJoin(page, 'page', 'page.page_id = o.id').setParameters({ ...dated.getParameters(), ...undated.getParameters() });
}

/** Deadline order, as deadlinePageQuery's ids are: dated offers first, earliest first, then the id. */
export function byDeadline(a: Pick<Offer, 'id' | 'deadline'>, b: Pick<Offer, 'id' | 'deadline'>): number {
  if (!a.deadline !== !b.deadline) return a.deadline ? -1 : 1;
  const difference = (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0);
  return difference || compareIds(a.id, b.id);
}

/** Ids compare byte-wise in SQL (utf8mb4_bin, SQLite's default); UTF-8 byte order is code point order. */
export function compareIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Whether plain `<` orders this string as `compareIds` does: true outside surrogate pairs (the common, fast case). */
export function isPlainId(id: string): boolean {
  return !/[\uD800-\uDFFF]/.test(id);
}
