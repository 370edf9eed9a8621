import type { DataSource, EntityManager, Repository } from 'typeorm';
import {
  foldForSearch,
  foldedNameSearch,
  namePage,
  namesSearchText,
  whereNameContains,
  type NamePageKey,
  type NameRanked,
} from '@passerelle/db';
import { Organisation, type OrganisationKind } from './organisation.entity';
import type { Connection } from '@passerelle/subgraph-kit';
import { organisationOf, unitsStatement, withParentsStatement, type OrganisationView } from './organisation-statements';

/** A page of organisations as `Query.organisations` answers it. */
export type OrganisationPage = Connection<OrganisationView>;

export interface OrganisationFilter {
  search?: string | null;
  kinds?: OrganisationKind[] | null;
  parentId?: string | null;
}

/** Data access for organisations: every query the resolvers need, and nothing else. */
export class OrganisationReads {
  private readonly repository: Repository<Organisation>;

  constructor(private readonly dataSource: DataSource) {
    this.repository = dataSource.getRepository(Organisation);
  }

  /** Organisations by id, with their parents in the same statement (see withParentsStatement). */
  async findWithParents(ids: readonly string[]): Promise<OrganisationView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(...withParentsStatement(ids));
    return rows.map(organisationOf);
  }

  async findUnitsOf(parentIds: readonly string[]): Promise<OrganisationView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(...unitsStatement(parentIds));
    return rows.map(organisationOf);
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

/**
 * The organisations one of whose names (name, acronym, alias) is exactly `name`, ignoring case
 * and accents: the search's exact tier, read in the caller's transaction.
 */
export async function idsNamedExactly(manager: EntityManager, name: string): Promise<string[]> {
  const folded = foldForSearch(name);
  if (!folded) return [];
  const candidates = await manager
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .select(['o.id', 'o.name', 'o.acronym', 'o.aliases'])
    .where("o.search_text LIKE :contains ESCAPE '!'", { contains: `%${folded.replace(/[!%_]/g, (character) => `!${character}`)}%` })
    .orderBy('o.id')
    .getMany();
  return candidates
    .filter((candidate) => [candidate.name, candidate.acronym, ...candidate.aliases].some((each) => each && foldForSearch(each) === folded))
    .map((candidate) => candidate.id);
}
