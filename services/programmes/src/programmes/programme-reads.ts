import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { foldedNameSearch, namePage, namesSearchText, whereNameContains, type NamePageKey, type NameRanked } from '@passerelle/db';
import type { Connection } from '@passerelle/subgraph-kit';
import { Contribution } from '../contributions/contribution.entity';
import { Participation, type ParticipationRole } from './participation.entity';
import { ProgrammeCountry } from './programme-country.entity';
import { Programme, type ProgrammeKind } from './programme.entity';
import { countriesStatement, programmeOf, programmesStatement, type ProgrammeView } from './programme-statements';

/** A page of programmes as `Query.programmes` answers it. */
export type ProgrammePage = Connection<ProgrammeView>;

export interface ProgrammeFilter {
  search?: string | null;
  kinds?: ProgrammeKind[] | null;
  countries?: string[] | null;
  participant?: string | null;
  parentId?: string | null;
}

/** Data access for programmes, their countries and their stated participants; given a transaction's EntityManager, it reads within that transaction. */
export class ProgrammeReads {
  private readonly programmes: Repository<Programme>;

  constructor(private readonly dataSource: DataSource | EntityManager) {
    this.programmes = dataSource.getRepository(Programme);
  }

  async findByIds(ids: readonly string[]): Promise<ProgrammeView[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(...programmesStatement(ids));
    return rows.map(programmeOf);
  }

  componentsOf(parentIds: readonly string[]): Promise<Programme[]> {
    return this.programmes.find({ where: { parentId: In([...parentIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  supportersOf(supportedIds: readonly string[]): Promise<Programme[]> {
    return this.programmes.find({ where: { supportsId: In([...supportedIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  /** Each programme's country codes, in the sources' order. */
  async countriesOf(programmeIds: readonly string[]): Promise<{ programmeId: string; countryCode: string }[]> {
    const rows: { programme_id: string; country_code: string }[] = await this.dataSource.query(...countriesStatement(programmeIds));
    return rows.map((row) => ({ programmeId: row.programme_id, countryCode: row.country_code }));
  }

  participantsOf(programmeIds: readonly string[]): Promise<Participation[]> {
    return this.dataSource.getRepository(Participation).find({ where: { programmeId: In([...programmeIds]) }, order: { position: 'ASC' } });
  }

  /** The stated participations of these organisations, in one role or in any. */
  participationsOf(organisationIds: readonly string[], role: ParticipationRole | null): Promise<Participation[]> {
    return this.dataSource.getRepository(Participation).find({
      where: { organisationId: In([...organisationIds]), ...(role ? { role } : {}) },
    });
  }

  /**
   * `rowCount` programmes after `after`, by name or, with a search, best match first: an
   * exact name, acronym or alias, then those beginning with the search, then the rest.
   */
  page(filter: ProgrammeFilter, rowCount: number, after: NamePageKey | null): Promise<NameRanked<Programme>[]> {
    return namePage(this.filtered(filter), 'p', foldedNameSearch(filter.search), after, rowCount);
  }

  count(filter: ProgrammeFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: ProgrammeFilter) {
    const query = whereNameContains(this.programmes.createQueryBuilder('p'), 'p', foldedNameSearch(filter.search));
    if (filter.kinds?.length) query.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.parentId) query.andWhere('p.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.countries?.length) {
      const inCountry = query
        .subQuery()
        .select('1')
        .from(ProgrammeCountry, 'pc')
        .where('pc.programme_id = p.id')
        .andWhere('pc.country_code IN (:...countries)', { countries: filter.countries })
        .getQuery();
      query.andWhere(`EXISTS ${inCountry}`);
    }
    if (filter.participant) {
      const participates = query
        .subQuery()
        .select('1')
        .from(Participation, 'pp')
        .where('pp.programme_id = p.id')
        .andWhere('pp.organisation_id = :participant')
        .getQuery();
      const gives = query
        .subQuery()
        .select('1')
        .from(Contribution, 'c')
        .where('c.programme_id = p.id')
        .andWhere('c.donor_id = :participant')
        .getQuery();
      query.andWhere(`(EXISTS ${participates} OR EXISTS ${gives})`, { participant: filter.participant });
    }
    return query;
  }
}

/** The folded text search runs against: name, acronym and every alias. */
export function searchTextOf(programme: Pick<Programme, 'name' | 'acronym' | 'aliases'>): string {
  return namesSearchText([programme.name, programme.acronym, ...programme.aliases]);
}
