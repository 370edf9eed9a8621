import { Brackets, In, type DataSource, type Repository } from 'typeorm';
import { foldForSearch } from '@passerelle/db';
import { Contribution } from './contribution.entity';
import { Participation, type ParticipationRole } from './participation.entity';
import { ProgrammeCountry } from './programme-country.entity';
import { Programme, type ProgrammeKind } from './programme.entity';

export interface ProgrammeFilter {
  search?: string | null;
  kinds?: ProgrammeKind[] | null;
  countries?: string[] | null;
  participant?: string | null;
  parentId?: string | null;
}

/** The list's one ordering: by folded name, then id so that equal names still page stably. */
export const BY_NAME = 'name';
export const programmeSortKey = (programme: Programme): [string, string] => [programme.sortName, programme.id];

/** Data access for programmes, their countries and their stated participants. */
export class ProgrammeStore {
  private readonly programmes: Repository<Programme>;

  constructor(private readonly dataSource: DataSource) {
    this.programmes = dataSource.getRepository(Programme);
  }

  findByIds(ids: readonly string[]): Promise<Programme[]> {
    return this.programmes.findBy({ id: In([...ids]) });
  }

  componentsOf(parentIds: readonly string[]): Promise<Programme[]> {
    return this.programmes.find({ where: { parentId: In([...parentIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  supportersOf(supportedIds: readonly string[]): Promise<Programme[]> {
    return this.programmes.find({ where: { supportsId: In([...supportedIds]) }, order: { sortName: 'ASC', id: 'ASC' } });
  }

  countriesOf(programmeIds: readonly string[]): Promise<ProgrammeCountry[]> {
    return this.dataSource
      .getRepository(ProgrammeCountry)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { position: 'ASC' } });
  }

  participantsOf(programmeIds: readonly string[]): Promise<Participation[]> {
    return this.dataSource
      .getRepository(Participation)
      .find({ where: { programmeId: In([...programmeIds]) }, order: { position: 'ASC' } });
  }

  /** The stated participations of these organisations, in one role or in any. */
  participationsOf(organisationIds: readonly string[], role: ParticipationRole | null): Promise<Participation[]> {
    return this.dataSource.getRepository(Participation).find({
      where: { organisationId: In([...organisationIds]), ...(role ? { role } : {}) },
    });
  }

  /** One page, fetched with one extra row so the caller knows whether more follow. */
  async page(filter: ProgrammeFilter, limit: number, after: (string | number | null)[] | null): Promise<Programme[]> {
    const query = this.filtered(filter).orderBy('p.sort_name', 'ASC').addOrderBy('p.id', 'ASC').limit(limit + 1);
    if (after) {
      const [sortName, id] = after;
      query.andWhere(
        new Brackets((keyset) =>
          keyset
            .where('p.sort_name > :sortName', { sortName })
            .orWhere(new Brackets((tie) => tie.where('p.sort_name = :sortName').andWhere('p.id > :id', { id }))),
        ),
      );
    }
    return query.getMany();
  }

  count(filter: ProgrammeFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  private filtered(filter: ProgrammeFilter) {
    const query = this.programmes.createQueryBuilder('p');
    const search = filter.search ? foldForSearch(filter.search) : '';
    if (search) query.andWhere("p.search_text LIKE :pattern ESCAPE '!'", { pattern: `%${escapeLike(search)}%` });
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

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `!${character}`);
}

/** The folded text search runs against: name, acronym and every alias. */
export function searchTextOf(programme: Pick<Programme, 'name' | 'acronym' | 'aliases'>): string {
  return foldForSearch([programme.name, programme.acronym ?? '', ...programme.aliases].join(' | '));
}
