import { Brackets, type DataSource, type EntityManager, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Connection, SourceRecord } from '@passerelle/subgraph-kit';
import { sourceRecordOf, type SourceColumns } from '../imports/source-columns';
import { Contribution, type ContributionStatus } from './contribution.entity';
import { whereContributions, type ContributionFilter } from './contribution-filter';

/** A contribution as the resolvers see it, its amount exact. */
export interface ContributionRecord {
  id: string;
  programmeId: string;
  donorId: string;
  amountMinor: bigint | null;
  currency: string | null;
  status: ContributionStatus;
  date: string | null;
  sortDate: string;
  source: string | null;
  excerpt: string | null;
  version: number;
  /** The record in another system it was imported from; null when not imported. */
  sourceRecord: SourceRecord | null;
}

/** A page of contributions, of a programme or of all. */
export type ContributionPage = Connection<ContributionRecord>;

type CursorKey = (string | number | null)[];

/** The lists' one ordering: by date, unknown dates first, then id. */
export const BY_DATE = 'date';
export const contributionSortKey = (row: ContributionRecord): [string, string] => [row.sortDate, row.id];

/**
 * Data access for contributions. Amounts are read as text (CAST … AS CHAR) so BIGINTs stay exact on SQLite too.
 * Given a transaction's EntityManager, it reads within that transaction.
 */
export class ContributionReads {
  private readonly repository: Repository<Contribution>;

  constructor(private readonly dataSource: DataSource | EntityManager) {
    this.repository = dataSource.getRepository(Contribution);
  }

  async findByIds(ids: readonly string[]): Promise<ContributionRecord[]> {
    return this.read(this.selected().where('c.id IN (:...ids)', { ids }));
  }

  /** The contribution imported from this source record, if any. */
  async findBySource(system: string, id: string): Promise<ContributionRecord | null> {
    const [row] = await this.read(this.selected().where('c.source_system = :system AND c.source_id = :id', { system, id }));
    return row ?? null;
  }

  async ofDonors(donorIds: readonly string[]): Promise<ContributionRecord[]> {
    return this.read(this.selected().where('c.donor_id IN (:...donorIds)', { donorIds }).orderBy('c.sort_date').addOrderBy('c.id'));
  }

  /** One page of the filtered list, fetched with one extra row so the caller knows whether more follow. */
  async page(filter: ContributionFilter, limit: number, after: CursorKey | null): Promise<ContributionRecord[]> {
    const query = whereContributions(this.selected(), filter);
    afterKey(query, after);
    return this.read(
      query
        .orderBy('c.sort_date')
        .addOrderBy('c.id')
        .limit(limit + 1),
    );
  }

  count(filter: ContributionFilter): Promise<number> {
    return whereContributions(this.repository.createQueryBuilder('c'), filter).getCount();
  }

  /** The same page for each of several programmes, in one query (a window per programme). */
  async pagesOfProgrammes(programmeIds: readonly string[], limit: number, after: CursorKey | null): Promise<ContributionRecord[]> {
    const ranked = this.selected()
      .addSelect('ROW_NUMBER() OVER (PARTITION BY c.programme_id ORDER BY c.sort_date, c.id)', 'rowNumber')
      .where('c.programme_id IN (:...programmeIds)', { programmeIds });
    afterKey(ranked, after);
    const [sql, parameters] = ranked.getQueryAndParameters();
    const rows = await this.dataSource.query<RawContribution[]>(
      `SELECT * FROM (${sql}) ranked WHERE ranked.rowNumber <= ? ORDER BY ranked.sortDate, ranked.id`,
      [...(parameters as unknown[]), limit + 1],
    );
    return rows.map(toRecord);
  }

  async countsOfProgrammes(programmeIds: readonly string[]): Promise<{ programmeId: string; count: number }[]> {
    const rows: { programmeId: string; count: number | string }[] = await this.repository
      .createQueryBuilder('c')
      .select('c.programme_id', 'programmeId')
      .addSelect('COUNT(*)', 'count')
      .where('c.programme_id IN (:...programmeIds)', { programmeIds })
      .groupBy('c.programme_id')
      .getRawMany();
    return rows.map((row) => ({ programmeId: row.programmeId, count: Number(row.count) }));
  }

  /** Who gave to which programme: each (programme, donor) pair once. */
  async donorPairs(by: 'programme' | 'donor', ids: readonly string[]): Promise<{ programmeId: string; donorId: string }[]> {
    const column = by === 'programme' ? 'c.programme_id' : 'c.donor_id';
    return this.repository
      .createQueryBuilder('c')
      .select('c.programme_id', 'programmeId')
      .addSelect('c.donor_id', 'donorId')
      .distinct(true)
      .where(`${column} IN (:...ids)`, { ids })
      .orderBy('c.donor_id')
      .addOrderBy('c.programme_id')
      .getRawMany();
  }

  private selected(): SelectQueryBuilder<Contribution> {
    return this.repository
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect('c.programme_id', 'programmeId')
      .addSelect('c.donor_id', 'donorId')
      .addSelect('CAST(c.amount_minor AS CHAR)', 'amountMinor')
      .addSelect('c.currency', 'currency')
      .addSelect('c.status', 'status')
      .addSelect('c.contributed_on', 'date')
      .addSelect('c.sort_date', 'sortDate')
      .addSelect('c.source', 'source')
      .addSelect('c.excerpt', 'excerpt')
      .addSelect('c.version', 'version')
      .addSelect('c.source_system', 'sourceSystem')
      .addSelect('c.source_id', 'sourceId')
      .addSelect('c.source_version', 'sourceVersion')
      .addSelect('c.source_url', 'sourceUrl');
  }

  private async read(query: SelectQueryBuilder<Contribution>): Promise<ContributionRecord[]> {
    return (await query.getRawMany<RawContribution>()).map(toRecord);
  }
}

type RawContribution = Omit<ContributionRecord, 'amountMinor' | 'version' | 'sourceRecord'> &
  SourceColumns & { amountMinor: string | null; version: number | string };

function toRecord(row: RawContribution): ContributionRecord {
  return {
    id: row.id,
    programmeId: row.programmeId,
    donorId: row.donorId,
    amountMinor: row.amountMinor === null ? null : BigInt(row.amountMinor),
    currency: row.currency,
    status: row.status,
    date: row.date,
    sortDate: row.sortDate,
    source: row.source,
    excerpt: row.excerpt,
    version: Number(row.version),
    sourceRecord: sourceRecordOf(row),
  };
}

function afterKey<Row extends ObjectLiteral>(query: SelectQueryBuilder<Row>, after: CursorKey | null): void {
  if (!after) return;
  const [afterDate, afterId] = after;
  query.andWhere(
    new Brackets((keyset) =>
      keyset
        .where('c.sort_date > :afterDate', { afterDate })
        .orWhere(new Brackets((tie) => tie.where('c.sort_date = :afterDate').andWhere('c.id > :afterId', { afterId }))),
    ),
  );
}
