import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Offer, type ContractType } from './offer.entity';
import { OfferCountry, OfferTheme } from './offer-details.entity';
import { applyScope, statusCondition, type OfferScope } from './offer-conditions';
import type { DraftAccess } from './draft-access';
import { applyOrder, type OfferOrder, type OfferSortKey, type RankedOffer } from './offer-order';
import { byDeadline, compareIds, deadlinePageQuery } from './offer-deadline-page';
import { relevancePageQuery } from './offer-relevance-page';
import { listsOf, type StoredLists } from './offer-lists';
import {
  descriptionsStatement,
  idAndDescriptionOf,
  offerOf,
  offerSummaryOf,
  summaryColumns,
  visibleOffersStatement,
  type OfferDescription,
} from './offer-statements';
import type { FacetCount } from './facet-count';
import type { SearchWord } from './search-terms';
import { misspellingsOf } from './term-vocabulary';

/** Data access for offers: every query the resolvers need, and nothing else. */
export class OfferStore {
  constructor(private readonly dataSource: DataSource) {}

  /** What a search's words may stand for when misspelt, among every offer's terms: for OfferCriteria.misspellings. */
  misspellingsOf(words: readonly SearchWord[] | null): Promise<Record<string, string[]>> {
    return misspellingsOf(this.dataSource, words);
  }

  /** Offers by id, whatever their state: for ids already known to be visible, and for writes. */
  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).findBy({ id: In([...ids]) });
  }

  /** Offers by id as a viewer may see them, whole: a draft outside `drafts` is left out, as if it did not exist. */
  async findVisibleByIds(ids: readonly string[], drafts: DraftAccess): Promise<Offer[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(...visibleOffersStatement(ids, drafts));
    return rows.map(offerOf);
  }

  async descriptionsByIds(ids: readonly string[]): Promise<Map<string, OfferDescription>> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(...descriptionsStatement(ids));
    return new Map(
      rows.map((row) => {
        const { id, ...description } = idAndDescriptionOf(row);
        return [id, description];
      }),
    );
  }

  /** One page of summaries, fetched with one extra row so the caller knows whether more follow. */
  async page(scope: OfferScope, order: OfferOrder, limit: number, after: OfferSortKey | null): Promise<RankedOffer[]> {
    if (order === 'DEADLINE') {
      const query = deadlinePageQuery(this.offers(), () => this.scopedQuery(scope), limit + 1, after).select(summaryColumns('o'));
      const offers = (await query.getRawMany<Record<string, unknown>>()).map(offerSummaryOf);
      return offers.sort(byDeadline).map((offer) => ({ offer, relevance: 0 }));
    }
    if (order === 'RECENT') {
      const query = applyOrder(this.scopedQuery(scope).select(summaryColumns('o')), order, scope.criteria, after).limit(limit + 1);
      return (await query.getRawMany<Record<string, unknown>>()).map((row) => ({ offer: offerSummaryOf(row), relevance: 0 }));
    }
    if (!scope.criteria.searchWords?.length) return [];
    const query = relevancePageQuery(this.dataSource, scope, limit + 1, after)
      .select(summaryColumns('o'))
      .addSelect('page.page_relevance', 'relevance');
    const rows = await query.getRawMany<Record<string, unknown>>();
    return rows
      .map((row) => ({ offer: offerSummaryOf(row), relevance: Number(row.relevance) }))
      .sort((a, b) => b.relevance - a.relevance || compareIds(a.offer.id, b.offer.id));
  }

  count(scope: OfferScope): Promise<number> {
    return this.scopedQuery(scope).getCount();
  }

  countryFacets(scope: OfferScope): Promise<FacetCount<string>[]> {
    return this.childFacets(scope, OfferCountry, 'country_code');
  }

  themeFacets(scope: OfferScope): Promise<FacetCount<string>[]> {
    return this.childFacets(scope, OfferTheme, 'theme');
  }

  contractTypeFacets(scope: OfferScope): Promise<FacetCount<ContractType>[]> {
    return this.countBy(this.scopedQuery(scope), 'o.contract_type');
  }

  organisationFacets(scope: OfferScope): Promise<FacetCount<string>[]> {
    return this.countBy(this.scopedQuery(scope), 'o.organisation_id');
  }

  /** How many offers each organisation has open at `now`; organisations with none are absent. */
  async openCounts(organisationIds: readonly string[], now: Date): Promise<Map<string, number>> {
    const query = this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .where('o.organisation_id IN (:...organisationIds)', { organisationIds })
      .andWhere(statusCondition('OPEN', 'o'), { now });
    return new Map((await this.countBy(query, 'o.organisation_id')).map((facet) => [facet.value, facet.count]));
  }

  /** The lists of these offers, in one statement. */
  listsOf(offerIds: readonly string[]): Promise<Map<string, StoredLists>> {
    return listsOf(this.dataSource, offerIds);
  }

  /** `offers o` narrowed to the scope, to build on. */
  scopedQuery(scope: OfferScope): SelectQueryBuilder<Offer> {
    return applyScope(this.offers(), scope);
  }

  private offers(): SelectQueryBuilder<Offer> {
    return this.dataSource.getRepository(Offer).createQueryBuilder('o');
  }

  /** Counts of a child table's values over the offers in scope. */
  private childFacets(scope: OfferScope, entity: typeof OfferCountry | typeof OfferTheme, column: string) {
    const offerIds = this.scopedQuery(scope).select('o.id');
    const query = this.dataSource
      .createQueryBuilder()
      .from(entity, 'c')
      .where(`c.offer_id IN (${offerIds.getQuery()})`)
      .setParameters(offerIds.getParameters());
    return this.countBy(query, `c.${column}`);
  }

  /** Groups by `column`: the largest counts first, then by value, so equal counts list alike on both databases. */
  async countBy<Value extends string>(query: SelectQueryBuilder<ObjectLiteral>, column: string): Promise<FacetCount<Value>[]> {
    const rows = await query
      .select(column, 'facet_value')
      .addSelect('COUNT(*)', 'facet_count')
      .groupBy(column)
      .orderBy('facet_count', 'DESC')
      .addOrderBy('facet_value', 'ASC')
      .getRawMany<{ facet_value: Value; facet_count: number | string }>();
    return rows.map((row) => ({ value: row.facet_value, count: Number(row.facet_count) }));
  }
}
