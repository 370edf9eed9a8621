import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type RequestContextBase } from '@passerelle/subgraph-kit';
import { ContributionReads, type ContributionRecord } from './contributions/contribution-reads';
import { ContributionWrites } from './contributions/contribution-writes';
import { summariseFunding, type FundingSummaryValue } from './funding/funding-summary';
import { FundingReads } from './funding/funding-reads';
import type { ParticipationRole } from './programmes/participation.entity';
import { ProgrammeReads } from './programmes/programme-reads';
import type { ProgrammeView } from './programmes/programme-statements';

export interface ParticipantValue {
  organisationId: string;
  role: ParticipationRole;
  note: string | null;
}

type CursorKey = (string | number | null)[] | null;

export interface ProgrammesContext extends RequestContextBase {
  dataSource: DataSource;
  programmes: ProgrammeReads;
  contributions: ContributionReads;
  contributionWrites: ContributionWrites;
  funding: FundingReads;
  programmeById: DataLoader<string, ProgrammeView | null>;
  componentsByParentId: DataLoader<string, ProgrammeView[]>;
  supportersBySupportedId: DataLoader<string, ProgrammeView[]>;
  countriesByProgrammeId: DataLoader<string, string[]>;
  participantsByProgrammeId: DataLoader<string, ParticipantValue[]>;
  contributionById: DataLoader<string, ContributionRecord | null>;
  contributionsByDonorId: DataLoader<string, ContributionRecord[]>;
  contributionCountByProgrammeId: DataLoader<string, number>;
  /** The same page of contributions for every programme asking for it, batched per page size and cursor. */
  contributionPage(limit: number, after: CursorKey): DataLoader<string, ContributionRecord[]>;
  /** Funding summaries as of a date (or of everything), batched per date. */
  fundingOf(asOf: string | null): DataLoader<string, FundingSummaryValue>;
  /** The ids of the programmes each organisation takes part in, in a role or in any. */
  programmeIdsOfOrganisation(role: ParticipationRole | null): DataLoader<string, string[]>;
}

/** A fresh set of loaders per request: batching within it, no cache across users. */
export function createContext(dataSource: DataSource, base: RequestContextBase): ProgrammesContext {
  const programmes = new ProgrammeReads(dataSource);
  const contributions = new ContributionReads(dataSource);
  const funding = new FundingReads(dataSource);
  return {
    ...base,
    dataSource,
    programmes,
    contributions,
    contributionWrites: new ContributionWrites(dataSource),
    funding,
    programmeById: keyedLoader(
      (ids) => programmes.findByIds(ids),
      (programme) => programme.id,
    ),
    componentsByParentId: groupedLoader(
      (ids) => programmes.componentsOf(ids),
      (programme) => programme.parentId!,
    ),
    supportersBySupportedId: groupedLoader(
      (ids) => programmes.supportersOf(ids),
      (programme) => programme.supportsId!,
    ),
    countriesByProgrammeId: new DataLoader(async (ids) => {
      const countries = groupBy(await programmes.countriesOf(ids), (row) => row.programmeId);
      return ids.map((id) => (countries.get(id) ?? []).map((row) => row.countryCode));
    }),
    participantsByProgrammeId: new DataLoader(async (ids) => {
      const [stated, donors] = await Promise.all([programmes.participantsOf(ids), contributions.donorPairs('programme', ids)]);
      const statedBy = groupBy(stated, (row) => row.programmeId);
      const donorsBy = groupBy(donors, (row) => row.programmeId);
      return ids.map((id) =>
        withDonors(
          statedBy.get(id) ?? [],
          (donorsBy.get(id) ?? []).map((row) => row.donorId),
        ),
      );
    }),
    contributionById: keyedLoader(
      (ids) => contributions.findByIds(ids),
      (row) => row.id,
    ),
    contributionsByDonorId: groupedLoader(
      (ids) => contributions.ofDonors(ids),
      (row) => row.donorId,
    ),
    contributionCountByProgrammeId: new DataLoader(async (ids) => {
      const counts = new Map((await contributions.countsOfProgrammes(ids)).map((row) => [row.programmeId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    contributionPage: perArgument((limit: number, after: CursorKey) =>
      groupedLoader(
        (ids) => contributions.pagesOfProgrammes(ids, limit, after),
        (row) => row.programmeId,
      ),
    ),
    fundingOf: perArgument(
      (asOf: string | null) =>
        new DataLoader(async (ids: readonly string[]) => {
          const [aggregates, reported] = await Promise.all([
            funding.aggregate(['programme', 'donor', 'status'], { programmeIds: ids, asOf }),
            funding.reportedFor(ids, asOf),
          ]);
          const aggregatesBy = groupBy(aggregates, (row) => row.programme!);
          const reportedBy = groupBy(reported, (row) => row.programmeId);
          return ids.map((id) => summariseFunding(aggregatesBy.get(id) ?? [], reportedBy.get(id) ?? [], asOf));
        }),
    ),
    programmeIdsOfOrganisation: perArgument(
      (role: ParticipationRole | null) =>
        new DataLoader(async (organisationIds: readonly string[]) => {
          const [stated, given] = await Promise.all([
            programmes.participationsOf(organisationIds, role),
            role === null || role === 'FUNDING' ? contributions.donorPairs('donor', organisationIds) : [],
          ]);
          const pairs = [...stated.map((row) => ({ ...row, donorId: row.organisationId })), ...given];
          const programmeIds = groupBy(pairs, (row) => row.donorId);
          return organisationIds.map((id) => [...new Set((programmeIds.get(id) ?? []).map((row) => row.programmeId))]);
        }),
    ),
  };
}

/** The stated participants, then each donor as FUNDING unless that is stated already. */
function withDonors(stated: ParticipantValue[], donorIds: string[]): ParticipantValue[] {
  const statedFunding = new Set(stated.filter((row) => row.role === 'FUNDING').map((row) => row.organisationId));
  const funding = donorIds
    .filter((id) => !statedFunding.has(id))
    .map((organisationId): ParticipantValue => ({ organisationId, role: 'FUNDING', note: null }));
  return [...stated.map(({ organisationId, role, note }) => ({ organisationId, role, note })), ...funding];
}

function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** One loader per distinct argument list, made on first use. */
function perArgument<Args extends unknown[], Loader>(make: (...args: Args) => Loader): (...args: Args) => Loader {
  const loaders = new Map<string, Loader>();
  return (...args) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(...args)));
    return loader;
  };
}
