import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Offer } from './offer.entity';
import { OfferTerm } from './offer-details.entity';
import { applyScope, type OfferScope } from './offer-conditions';
import type { OfferSortKey } from './offer-order';
import { sqlSearchOf } from './search-conditions';

/**
 * A search's page in relevance order: the offers in scope whose index terms meet the search,
 * scored in one grouped read of those terms' index entries (which hold the scores), then
 * joined to the offers' rows (the caller selects `page.page_relevance`). The score is the one
 * relevanceExpression computes per offer.
 */
export function relevancePageQuery(
  dataSource: DataSource,
  scope: OfferScope,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const search = sqlSearchOf(scope.criteria)!;
  const score = search.score('t');
  const offers = () => dataSource.getRepository(Offer).createQueryBuilder('o');
  const ranked = applyScope(offers().innerJoin(OfferTerm, 't', 't.offer_id = o.id'), scope, false)
    .select('o.id', 'page_id')
    .addSelect(score, 'page_relevance')
    .andWhere(search.rows('t'), search.parameters)
    .groupBy('o.id')
    .having(search.met('t'));
  if (after) {
    ranked.andHaving(`(${score} < :afterRelevance OR (${score} = :afterRelevance AND o.id > :afterId))`, {
      afterRelevance: after[0],
      afterId: after[1],
    });
  }
  ranked.orderBy('page_relevance', 'DESC').addOrderBy('o.id', 'ASC').limit(limit);
  // unsorted: the caller orders these few rows (see deadlinePageQuery for why)
  return offers()
    .innerJoin(`(${ranked.getQuery()})`, 'page', 'page.page_id = o.id')
    .setParameters(ranked.getParameters());
}
