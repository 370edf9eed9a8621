import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import type { OfferSortKey } from './offer-order';

/** Where a page's offer ids come from: a query over `offers o`, or over an index table (offer-index-scan.ts). */
export interface PageIdSource {
  rows(): SelectQueryBuilder<ObjectLiteral>;
  deadline: string;
  id: string;
  /** Whether an offer can match on several rows, so ids must be made distinct. */
  repeats: boolean;
}

/**
 * A page in deadline order (earliest first, offers with no deadline last, the id breaking
 * ties) that the database reads in index order. The dated offers come from
 * `ORDER BY deadline, id`, which the source's (…, state, deadline, id) index serves as it is,
 * stopping after one page; the undated ones from `ORDER BY id`; one statement joins both
 * and orders those few rows. A single `ORDER BY CASE WHEN deadline IS NULL …` makes the
 * database sort every match before the first row: on the bench's 200,000 offers, 65 ms for
 * one country's open offers, against about 1 ms this way.
 */
export function deadlinePageQuery(
  offers: SelectQueryBuilder<Offer>,
  source: PageIdSource,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const [afterValue, afterId] = after ?? [undefined, undefined];
  const ids = () => {
    const query = source.rows().select(source.id, 'page_id').addSelect(source.deadline, 'page_deadline');
    return source.repeats ? query.distinct(true) : query;
  };
  const dated = ids().andWhere(`${source.deadline} IS NOT NULL`);
  if (afterValue === null) dated.andWhere('1 = 0');
  else if (afterValue !== undefined) {
    dated.andWhere(
      new Brackets((keyset) =>
        keyset
          .where(`${source.deadline} > :afterDeadline`, { afterDeadline: new Date(afterValue) })
          .orWhere(`(${source.deadline} = :afterDeadline AND ${source.id} > :afterId)`, { afterId }),
      ),
    );
  }
  dated.orderBy(source.deadline, 'ASC').addOrderBy(source.id, 'ASC').limit(limit);

  const undated = ids().andWhere(`${source.deadline} IS NULL`);
  if (afterValue === null) undated.andWhere(`${source.id} > :afterId`, { afterId });
  undated.orderBy(source.id, 'ASC').limit(limit);

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
