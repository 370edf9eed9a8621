import { Brackets, In, type DataSource, type Repository } from 'typeorm';
import { foldForSearch } from '@passerelle/db';
import { Organisation, type OrganisationKind } from './organisation.entity';

export interface OrganisationFilter {
  search?: string | null;
  kinds?: OrganisationKind[] | null;
  parentId?: string | null;
}

/** The list's one ordering: by folded name, then id so that equal names still page stably. */
export const BY_NAME = 'name';
export const sortKeyOf = (organisation: Organisation): [string, string] => [organisation.sortName, organisation.id];

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

  /** One page, fetched with one extra row so the caller knows whether more follow. */
  async page(filter: OrganisationFilter, limit: number, after: (string | number | null)[] | null): Promise<Organisation[]> {
    const query = this.filtered(filter).orderBy('o.sort_name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit + 1);
    if (after) {
      const [sortName, id] = after;
      query.andWhere(
        new Brackets((keyset) =>
          keyset
            .where('o.sort_name > :sortName', { sortName })
            .orWhere(new Brackets((tie) => tie.where('o.sort_name = :sortName').andWhere('o.id > :id', { id }))),
        ),
      );
    }
    return query.getMany();
  }

  count(filter: OrganisationFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: OrganisationFilter) {
    const query = this.repository.createQueryBuilder('o');
    const search = filter.search ? foldForSearch(filter.search) : '';
    if (search) query.andWhere("o.search_text LIKE :pattern ESCAPE '!'", { pattern: `%${escapeLike(search)}%` });
    if (filter.kinds?.length) query.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    return query;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/** The folded text search runs against: name, acronym and every alias. */
export function searchTextOf(organisation: Pick<Organisation, 'name' | 'acronym' | 'aliases'>): string {
  return foldForSearch([organisation.name, organisation.acronym ?? '', ...organisation.aliases].join(' | '));
}
