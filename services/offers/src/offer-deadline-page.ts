import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { Offer } from './offer.entity';
import type { OfferSortKey } from './offer-order';

/**
 * A page in deadline order (earliest first, offers with no deadline last, the id breaking
 * ties) that the database reads in index order. The dated offers come from
 * `ORDER BY deadline, id`, which idx_offers_state_deadline and idx_offers_deadline serve
 * as they are, stopping after one page; the undated ones from `ORDER BY id`; one statement
 * joins both and orders those few rows. A single `ORDER BY CASE WHEN deadline IS NULL …`
 * makes the database sort every match before the first row: on the bench's 200,000
 * offers, 65 ms for one country's open offers, against about 1 ms this way.
 */
export function deadlinePageQuery(
  scoped: () => SelectQueryBuilder<Offer>,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const [afterValue, afterId] = after ?? [undefined, undefined];
  const dated = scoped().select('o.id', 'page_id').andWhere('o.deadline IS NOT NULL');
  if (afterValue === null) dated.andWhere('1 = 0');
  else if (afterValue !== undefined) {
    dated.andWhere(
      new Brackets((keyset) =>
        keyset
          .where('o.deadline > :afterDeadline', { afterDeadline: new Date(afterValue) })
          .orWhere('(o.deadline = :afterDeadline AND o.id > :afterId)', { afterId }),
      ),
    );
  }
  dated.orderBy('o.deadline', 'ASC').addOrderBy('o.id', 'ASC').limit(limit);

  const undated = scoped().select('o.id', 'page_id').andWhere('o.deadline IS NULL');
  if (afterValue === null) undated.andWhere('o.id > :afterId', { afterId });
  undated.orderBy('o.id', 'ASC').limit(limit);

  const page = `(SELECT * FROM (${dated.getQuery()}) dated UNION ALL SELECT * FROM (${undated.getQuery()}) undated)`;
  return scoped()
    .innerJoin(page, 'page', 'page.page_id = o.id')
    .setParameters({ ...dated.getParameters(), ...undated.getParameters() })
    .orderBy('CASE WHEN o.deadline IS NULL THEN 1 ELSE 0 END', 'ASC')
    .addOrderBy('o.deadline', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .limit(limit);
}
