import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Offer } from './offer.entity';
import { applyScope, type OfferScope } from './offer-conditions';
import type { OfferSortKey } from './offer-order';

/**
 * A search's page in relevance order: the offers in scope, each with its score for the search
 * (`search_hits`, see applyScope), best first, then joined to the offers' rows (the caller
 * selects `page.page_relevance`). The score is the one relevanceExpression computes per offer.
 */
export function relevancePageQuery(
  dataSource: DataSource,
  scope: OfferScope,
  limit: number,
  after: OfferSortKey | null,
): SelectQueryBuilder<Offer> {
  const offers = () => dataSource.getRepository(Offer).createQueryBuilder('o');
  const ranked = applyScope(offers(), scope).select('o.id', 'page_id').addSelect('search_hits.relevance', 'page_relevance');
  if (after) {
    ranked.andWhere('(search_hits.relevance < :afterRelevance OR (search_hits.relevance = :afterRelevance AND o.id > :afterId))', {
      afterRelevance: after[0],
      afterId: after[1],
    });
  }
  ranked.orderBy('search_hits.relevance', 'DESC').addOrderBy('o.id', 'ASC').limit(limit);
  // unsorted: the caller orders these few rows (see deadlinePageQuery for why)
  return offers().innerJoin(`(${ranked.getQuery()})`, 'page', 'page.page_id = o.id').setParameters(ranked.getParameters());
}
