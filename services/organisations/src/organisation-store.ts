import { In, type DataSource, type Repository } from 'typeorm';
import { foldedNameSearch, namePage, namesSearchText, whereNameContains, type NamePageKey, type NameRanked } from '@passerelle/db';
import { Organisation, type OrganisationKind } from './organisation.entity';

export interface OrganisationFilter {
  search?: string | null;
  kinds?: OrganisationKind[] | null;
  parentId?: string | null;
}

/** Data access for organisations: every query the resolvers need, and nothing else. */
export class OrganisationStore {
  private readonly repository: Repository<Organisation>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(Organisation);
  }

  /**
   * Organisations by id, with their parents in the same statement: a unit is nearly always
   * shown with the organisation it belongs to, which then costs no second round trip.
   */
  findWithParents(ids: readonly string[]): Promise<Organisation[]> {
    // a UNION of the ids and their parents' ids: `id IN (…) OR id IN (subquery)` makes MariaDB scan the table
    const wanted = 'SELECT asked.id AS wanted_id FROM organisations asked WHERE asked.id IN (:...ids) ' +
      'UNION SELECT child.parent_id FROM organisations child WHERE child.id IN (:...ids) AND child.parent_id IS NOT NULL';
    return this.repository
      .createQueryBuilder('organisation')
      .innerJoin(`(${wanted})`, 'wanted', 'wanted.wanted_id = organisation.id')
      .setParameters({ ids })
      .getMany();
  }

  findUnitsOf(parentIds: readonly string[]): Promise<Organisation[]> {
    return this.repository.find({ where: { parentId: In([...parentIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  /**
   * `rowCount` organisations after `after`, by name or, with a search, best match first:
   * an exact name, acronym or alias, then those beginning with the search, then the rest.
   */
  page(filter: OrganisationFilter, rowCount: number, after: NamePageKey | null): Promise<NameRanked<Organisation>[]> {
    return namePage(this.filtered(filter), 'o', foldedNameSearch(filter.search), after, rowCount);
  }

  count(filter: OrganisationFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: OrganisationFilter) {
    const query = whereNameContains(this.repository.createQueryBuilder('o'), 'o', foldedNameSearch(filter.search));
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    return query;
  }
}

/** The folded text search runs against: name, acronym and every alias. */
export function searchTextOf(organisation: Pick<Organisation, 'name' | 'acronym' | 'aliases'>): string {
  return namesSearchText([organisation.name, organisation.acronym, ...organisation.aliases]);
}
