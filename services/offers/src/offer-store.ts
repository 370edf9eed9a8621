import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { Offer, type ContractType } from './offer.entity';
import { OfferCountry, OfferDutyStation, OfferLanguage, OfferProgramme, OfferTheme } from './offer-details.entity';
import { applyScope, STATUS_CONDITIONS, type OfferScope } from './offer-conditions';
import { visibleDraftsCondition, type DraftAccess } from './draft-access';
import { applyOrder, type OfferOrder, type OfferSortKey, type RankedOffer } from './offer-order';
import { deadlinePageQuery } from './offer-deadline-page';

export interface FacetCount<Value> {
  value: Value;
  count: number;
}

/** Data access for offers: every query the resolvers need, and nothing else. */
export class OfferStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Offers by id, whatever their state: for ids already known to be visible, and for writes. */
  findByIds(ids: readonly string[]): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).findBy({ id: In([...ids]) });
  }

  /** Offers by id as a viewer may see them: a draft outside `drafts` is left out, as if it did not exist. */
  findVisibleByIds(ids: readonly string[], drafts: DraftAccess): Promise<Offer[]> {
    const [visibleDrafts, parameters] = visibleDraftsCondition(drafts);
    return this.dataSource
      .getRepository(Offer)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids })
      .andWhere(`(o.state <> 'DRAFT' OR ${visibleDrafts})`, parameters)
      .getMany();
  }

  /** One page, fetched with one extra row so the caller knows whether more follow. */
  async page(scope: OfferScope, order: OfferOrder, limit: number, after: OfferSortKey | null): Promise<RankedOffer[]> {
    if (order === 'DEADLINE') {
      const offers = await deadlinePageQuery(() => this.scopedQuery(scope), limit + 1, after).getMany();
      return offers.map((offer) => ({ offer, relevance: 0 }));
    }
    const query = applyOrder(this.scopedQuery(scope), order, scope.criteria, after).limit(limit + 1);
    if (order !== 'RELEVANCE') return (await query.getMany()).map((offer) => ({ offer, relevance: 0 }));
    const { entities, raw } = await query.getRawAndEntities<{ o_id: string; relevance: number | string }>();
    const relevanceById = new Map(raw.map((row) => [row.o_id, Number(row.relevance)]));
    return entities.map((offer) => ({ offer, relevance: relevanceById.get(offer.id) ?? 0 }));
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
      .andWhere(STATUS_CONDITIONS.OPEN, { now });
    return new Map((await this.countBy(query, 'o.organisation_id')).map((facet) => [facet.value, facet.count]));
  }

  dutyStationsOf(offerIds: readonly string[]): Promise<OfferDutyStation[]> {
    return this.childrenOf(OfferDutyStation, offerIds);
  }

  countriesOf(offerIds: readonly string[]): Promise<OfferCountry[]> {
    return this.childrenOf(OfferCountry, offerIds);
  }

  languagesOf(offerIds: readonly string[]): Promise<OfferLanguage[]> {
    return this.childrenOf(OfferLanguage, offerIds);
  }

  themesOf(offerIds: readonly string[]): Promise<OfferTheme[]> {
    return this.childrenOf(OfferTheme, offerIds);
  }

  programmesOf(offerIds: readonly string[]): Promise<OfferProgramme[]> {
    return this.childrenOf(OfferProgramme, offerIds);
  }

  private childrenOf<Row extends ObjectLiteral & { offerId: string; position: number }>(
    entity: new () => Row,
    offerIds: readonly string[],
  ): Promise<Row[]> {
    return this.dataSource
      .getRepository(entity)
      .createQueryBuilder('c')
      .where('c.offer_id IN (:...offerIds)', { offerIds })
      .orderBy('c.offer_id', 'ASC')
      .addOrderBy('c.position', 'ASC')
      .getMany();
  }

  /** `offers o` narrowed to the scope, to build on. */
  scopedQuery(scope: OfferScope): SelectQueryBuilder<Offer> {
    return applyScope(this.dataSource.getRepository(Offer).createQueryBuilder('o'), scope);
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
  async countBy<Value extends string>(
    query: SelectQueryBuilder<ObjectLiteral>,
    column: string,
  ): Promise<FacetCount<Value>[]> {
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
