import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProgrammeView } from '../programmes/programme-statements';
import type { ProgrammePage } from '../programmes/programme-reads';
import type { ContributionRecord, ContributionPage } from '../contributions/contribution-reads';
import type { FundingSummaryValue, DonorFundingValue, StatusFundingValue, FundingGroupValue } from '../funding/funding-summary';
import type { ReportedFundingRecord } from '../funding/funding-reads';
import type { OrganisationReference } from '../resolvers/references';
import type { Money as MoneyValue } from '@passerelle/subgraph-kit';
import type { ProgrammesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date "YYYY-MM-DD", or where a source gives only the month or the year, "YYYY-MM"
   * or "YYYY" (ISO 8601 reduced precision): as precise as the source, never more. Ordered as
   * text, a less precise date comes before the dates it contains ("2017" < "2017-03" <
   * "2017-03-05" < "2017-04"); as an upper bound (`asOf`), a month or a year reaches its last day.
   */
  Date: { input: string; output: string; }
  /**
   * An exact decimal number written as a string: an optional minus sign, up to 20 digits, and
   * optionally a point and up to 6 more digits, e.g. "40265165.00" (the XML Schema decimal form,
   * without "+" or a bare "."). Never a float: read it with a decimal type, not a binary number.
   */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: string; output: string; }
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** A donor's contribution to a programme. */
export type Contribution = {
  __typename?: 'Contribution';
  /** Null when the sources name the donor but not the amount. */
  amount?: Maybe<Money>;
  /** When it was pledged, committed or paid; a month or a year where that is all that is known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Null only when the organisations service cannot answer for it (with a SERVICE_UNAVAILABLE error). */
  donor?: Maybe<Organisation>;
  /** The source's own words. */
  excerpt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  programme: Programme;
  /** Where the fact comes from. */
  source?: Maybe<Scalars['String']['output']>;
  /** The record in another system it was imported from (an IATI transaction); null when it was not imported. */
  sourceRecord?: Maybe<SourceRecord>;
  status: ContributionStatus;
  /** 1 when recorded, one more with each update. Pass it as `expectedVersion` to `updateContribution`. */
  version: Scalars['Int']['output'];
};

export type ContributionConnection = {
  __typename?: 'ContributionConnection';
  edges: Array<ContributionEdge>;
  pageInfo: PageInfo;
  /** How many contributions match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ContributionEdge = {
  __typename?: 'ContributionEdge';
  cursor: Scalars['String']['output'];
  node: Contribution;
};

export type ContributionFilter = {
  /**
   * Only contributions dated on or before this day, or the end of this month or year (`"2017"`:
   * up to 31 December 2017). A contribution dated with a month or a year counts from its first day.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 4217 codes: only contributions in these currencies (which leaves out unknown amounts). */
  currencies?: InputMaybe<Array<Scalars['String']['input']>>;
  donorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  statuses?: InputMaybe<Array<ContributionStatus>>;
};

export type ContributionImportRecord = {
  amount: MoneyInput;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  date?: InputMaybe<Scalars['String']['input']>;
  donorId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  source: SourceRecordInput;
  status: ContributionStatus;
};

/**
 * A contribution's status only moves forward, in this order; a source may report a payment
 * without the commitment before it, so a status may be skipped.
 */
export type ContributionStatus =
  /** Formally committed (e.g. a budget a donor funds), not known to be paid. */
  | 'COMMITTED'
  /** Paid or provided. */
  | 'PAID'
  /** Promised, not yet formally committed. */
  | 'PLEDGED';

export type DonorFunding = {
  __typename?: 'DonorFunding';
  contributionCount: Scalars['Int']['output'];
  /** Null only when the organisations service cannot answer for it. */
  donor?: Maybe<Organisation>;
  totals: Array<Money>;
  unknownAmountCount: Scalars['Int']['output'];
};

/** One group of `fundingBreakdown`: the field of its grouping is set, the others are null. */
export type FundingGroup = {
  __typename?: 'FundingGroup';
  contributionCount: Scalars['Int']['output'];
  donor?: Maybe<Organisation>;
  programme?: Maybe<Programme>;
  /** Totals of the known amounts, one per currency, ordered by currency code. */
  totals: Array<Money>;
  /** How many of the group's contributions have an amount no source states. */
  unknownAmountCount: Scalars['Int']['output'];
  /** The year (a contribution dated "2017" or "2017-03" is in 2017); null for the contributions whose date is unknown. */
  year?: Maybe<Scalars['Int']['output']>;
};

export type FundingGrouping =
  | 'DONOR'
  | 'PROGRAMME'
  /** The year of the contribution's date. */
  | 'YEAR';

export type FundingSummary = {
  __typename?: 'FundingSummary';
  /** The date this summary is as of, when one was asked for. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The recorded contributions by donor, ordered by donor id. */
  byDonor: Array<DonorFunding>;
  /** The recorded contributions by status. */
  byStatus: Array<StatusFunding>;
  /** How many contributions are recorded. */
  contributionCount: Scalars['Int']['output'];
  /** Every donor known to fund it: donors of recorded contributions and donors named by reported totals. An item is null when the organisations service cannot answer for it. */
  donors: Array<Maybe<Organisation>>;
  /** Totals that sources reported, for when single amounts are not known; latest first. */
  reported: Array<ReportedFunding>;
  /** Totals of the recorded contributions' known amounts, one per currency, ordered by currency code. */
  totals: Array<Money>;
  /** How many of them have an amount no source states. */
  unknownAmountCount: Scalars['Int']['output'];
};

/** What an import did to one record. */
export type ImportChange =
  | 'CREATED'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATED';

/**
 * Money: an exact amount in an ISO 4217 currency. Amounts in different currencies are never
 * added together or converted.
 */
export type Money = {
  __typename?: 'Money';
  /** Exact, with as many decimals as the currency has minor units: "40265165.00" USD, "1000" JPY. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
};

/** An exact amount as recordContribution takes it: a decimal string and an ISO 4217 code. */
export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Imports programmes and their contributions from another system's records (the imports
   * service's `importDocument` calls it; not in the public API). Admin or funding role. A
   * programme is matched by its source, its participants are replaced as a set, and each
   * contribution is matched by its source. All records in one transaction: when one is
   * refused, nothing is written unless `applyValid`; a dry run writes nothing (ids of records
   * it would create are null). One result per programme and per contribution, in order.
   */
  importProgrammes: Array<ProgrammeImportResult>;
  /**
   * Records a donor's contribution to a programme, at version 1. Needs a token with the `funding`
   * or `admin` role: UNAUTHENTICATED without a valid one, FORBIDDEN with another role; who may
   * write is checked before the input. Refused with BAD_USER_INPUT, naming the first bad field
   * in `extensions.field` (e.g. `input.amount`) and every problem in `extensions.problems`, when
   * the programme is unknown, the currency is not ISO 4217, amount and currency are not given
   * together, the amount is not positive or has more decimals than its currency allows, or the
   * date is malformed; nothing is saved then.
   */
  recordContribution: Contribution;
  /**
   * Changes a contribution, provided it is still at `expectedVersion` (its `version` when you
   * read it); otherwise CONFLICT (`extensions.field` is `expectedVersion`) and nothing changes.
   * A field left out stays as it is; a nullable field set to null is cleared. The same roles
   * as `recordContribution`, checked first; NOT_FOUND for an unknown id. A status only moves
   * forward, PLEDGED → COMMITTED → PAID (skipping one is allowed, keeping it is allowed):
   * moving it back is BAD_USER_INPUT on `input.status`.
   */
  updateContribution: Contribution;
};


export type MutationImportProgrammesArgs = {
  applyValid?: Scalars['Boolean']['input'];
  dryRun: Scalars['Boolean']['input'];
  records: Array<ProgrammeImportRecord>;
};


export type MutationRecordContributionArgs = {
  input: RecordContributionInput;
};


export type MutationUpdateContributionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateContributionInput;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** The contributions it gave, ordered by date (unknown dates first, a year or a month before the dates within it), then id. */
  contributions?: Maybe<Array<Contribution>>;
  id: Scalars['ID']['output'];
  /**
   * Programmes it takes part in, ordered by name; with `role`, only in that role. A donor of a
   * recorded contribution takes part as FUNDING.
   */
  programmes?: Maybe<Array<Programme>>;
};


export type OrganisationProgrammesArgs = {
  role?: InputMaybe<ParticipationRole>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation's part in a programme. */
export type Participation = {
  __typename?: 'Participation';
  /** What the source says about this part, in its words where they are short. */
  note?: Maybe<Scalars['String']['output']>;
  /** Null only when the organisations service cannot answer for it (with a SERVICE_UNAVAILABLE error). */
  organisation?: Maybe<Organisation>;
  role: ParticipationRole;
};

export type ParticipationImportInput = {
  organisationId: Scalars['ID']['input'];
  role: ParticipationRole;
};

export type ParticipationRole =
  /** Co-chairs its board (national or provincial). */
  | 'BOARD_CO_CHAIR'
  /** Coordinates it (MONUSCO's Stabilisation Support Unit for the ISSSS). */
  | 'COORDINATOR'
  /** Gives money to it: every donor of a recorded contribution. */
  | 'FUNDING'
  /** Carries out its activities. */
  | 'IMPLEMENTING'
  /** Runs the programme (alone or jointly). */
  | 'LEAD'
  /** Manages its programmes or money. */
  | 'MANAGER'
  /** Works with it in partnership without one of the roles above. */
  | 'PARTNER'
  /** Provides its secretariat. */
  | 'SECRETARIAT'
  /** Sponsors it (a government sponsoring a JPO scheme). */
  | 'SPONSOR'
  /** Trains its participants (BTC/CTB for the Belgian JPO scheme). */
  | 'TRAINING_PROVIDER';

/**
 * A strategy, programme, fund, portfolio or scheme of the humanitarian and development field,
 * with the organisations that take part in it and the money behind it. Facts the sources do
 * not state are null or empty.
 */
export type Programme = {
  __typename?: 'Programme';
  /** The usual short form, e.g. "FCS". */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it is known by, in any language, e.g. "Stabilisation Coherence Fund". */
  aliases: Array<Scalars['String']['output']>;
  /** Its components and mechanisms, ordered by name. */
  components: Array<Programme>;
  /** Contributions recorded for it, ordered by date (unknown dates first, a year or a month before the dates within it), then id. */
  contributions: ContributionConnection;
  /** ISO 3166-1 alpha-2 codes of the countries it works in. */
  countryCodes: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** When it ended or ends, as precise as the source: "2019" for the aligned portfolio, "entre 2016 et 2019". */
  endDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The year of `endDate`.
   * @deprecated The year of endDate; use startDate/endDate, which now carry a year alone.
   */
  endYear?: Maybe<Scalars['Int']['output']>;
  /**
   * Its funding: totals of the recorded contributions and the totals sources reported.
   * With `asOf`, only what is dated on or before that day (or the end of that month or year:
   * `asOf: "2017"` is up to 31 December 2017); contributions of unknown date are then left out.
   * A contribution dated with a month or a year counts from its first day.
   */
  funding: FundingSummary;
  id: Scalars['ID']['output'];
  kind: ProgrammeKind;
  /** The name as the sources give it, e.g. "Fonds de cohérence pour la stabilisation". */
  name: Scalars['String']['output'];
  /** The programme this one is a component or mechanism of: the ISSSS for the FCS. */
  parent?: Maybe<Programme>;
  /**
   * The organisations taking part and their roles, an organisation once per role. Donors of
   * recorded contributions take part as FUNDING.
   */
  participants: Array<Participation>;
  /** The record in another system it was imported from (an IATI activity); null when it was not imported. */
  sourceRecord?: Maybe<SourceRecord>;
  /** When it started or was established, as precise as the source: "2015" for the FCS, "établi en 2015". */
  startDate?: Maybe<Scalars['Date']['output']>;
  /**
   * The year of `startDate`.
   * @deprecated The year of startDate; use startDate/endDate, which now carry a year alone.
   */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Programmes set up to support this one, ordered by name. */
  supportedBy: Array<Programme>;
  /** The programme this one was set up to support: STAREC for the ISSSS. */
  supports?: Maybe<Programme>;
};


/**
 * A strategy, programme, fund, portfolio or scheme of the humanitarian and development field,
 * with the organisations that take part in it and the money behind it. Facts the sources do
 * not state are null or empty.
 */
export type ProgrammeContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A strategy, programme, fund, portfolio or scheme of the humanitarian and development field,
 * with the organisations that take part in it and the money behind it. Facts the sources do
 * not state are null or empty.
 */
export type ProgrammeFundingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A strategy, programme, fund, portfolio or scheme of the humanitarian and development field,
 * with the organisations that take part in it and the money behind it. Facts the sources do
 * not state are null or empty.
 */
export type ProgrammeParticipantsArgs = {
  role?: InputMaybe<ParticipationRole>;
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  /** How many programmes match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeFilter = {
  /** ISO 3166-1 alpha-2 codes in upper case, e.g. `CD`: programmes working in any of these countries. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only programmes of these kinds. */
  kinds?: InputMaybe<Array<ProgrammeKind>>;
  /** Only the components of this programme. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only programmes this organisation takes part in, in any role (donors included). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  /** Matches a name, acronym or alias containing it, ignoring case and accents: `fcs`, `coherence`, `stratégie internationale`; exact matches come first. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProgrammeImportRecord = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  contributions: Array<ContributionImportRecord>;
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; not before startDate. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The plan's key for this programme, echoed in its result. */
  key: Scalars['String']['input'];
  kind: ProgrammeKind;
  name: Scalars['String']['input'];
  participants: Array<ParticipationImportInput>;
  source: SourceRecordInput;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  startDate?: InputMaybe<Scalars['String']['input']>;
};

export type ProgrammeImportResult = {
  __typename?: 'ProgrammeImportResult';
  change: ImportChange;
  /** The refused field, e.g. records.0.contributions.2.amount.currency. */
  field?: Maybe<Scalars['String']['output']>;
  /** The record's id; null when refused, or when a dry run would create it. */
  id?: Maybe<Scalars['ID']['output']>;
  key: Scalars['String']['output'];
  /** PROGRAMME or CONTRIBUTION */
  kind: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type ProgrammeKind =
  /** A programme an organisation runs in a country (UN Women's peace and security programme in Mali). */
  | 'AGENCY_PROGRAMME'
  /** Bilaterally funded projects aligned under a common framework (the ISSSS aligned portfolio). */
  | 'BILATERAL_PORTFOLIO'
  /** A body or arrangement that coordinates a strategy's implementation (the ISSSS technical secretariat). */
  | 'COORDINATION_MECHANISM'
  /** A government's own programme (STAREC). */
  | 'NATIONAL_PROGRAMME'
  | 'OTHER'
  /** A fund that pools several donors' money (the Stabilisation Coherence Fund). */
  | 'POOLED_FUND'
  /** A single project. */
  | 'PROJECT'
  /** A strategic framework that plans and coordinates interventions (the ISSSS). */
  | 'STRATEGY'
  /** A scheme that places or trains people, e.g. a government-sponsored JPO scheme. */
  | 'TALENT_PROGRAMME';

export type Query = {
  __typename?: 'Query';
  /** A contribution by id; null when there is none. */
  contribution?: Maybe<Contribution>;
  /** Contributions ordered by date (unknown dates first, a year or a month before the dates within it), then id. `first` defaults to 20 and may not exceed 100. */
  contributions?: Maybe<ContributionConnection>;
  /**
   * Recorded contributions grouped by donor, by programme or by year, with their totals per
   * currency and how many of them have an amount nobody has stated. Totals come from recorded
   * contributions only; totals a source reported without single amounts are on `Programme.funding.reported`.
   */
  fundingBreakdown?: Maybe<Array<FundingGroup>>;
  /** A programme by id; null when there is none. */
  programme?: Maybe<Programme>;
  /**
   * Programmes ordered by name. With a search, the best matches first: an exact name, acronym
   * or alias (`fcs`), then those with a name, acronym or alias beginning with the search, then
   * the others; by name within each. Cursors carry that order across pages. `first` defaults to
   * 20 and may not exceed 100.
   */
  programmes?: Maybe<ProgrammeConnection>;
};


export type QueryContributionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContributionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundingBreakdownArgs = {
  filter?: InputMaybe<ContributionFilter>;
  groupBy: FundingGrouping;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A contribution to record. `amount` and `currency` go together: give both, or neither when
 * the amount is not known.
 */
export type RecordContributionInput = {
  /** An exact decimal string with at most as many decimals as the currency has: "1250000.50" USD, "1250000" JPY. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code in upper case, e.g. USD. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when only the month or the year is known. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The donor organisation's id, as the organisations service knows it, e.g. gov-sweden. */
  donorId: Scalars['ID']['input'];
  /** The source's own words (at most 2000 characters). */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  programmeId: Scalars['ID']['input'];
  /** Where the fact comes from (at most 500 characters). */
  source?: InputMaybe<Scalars['String']['input']>;
  status: ContributionStatus;
};

/** A total as a source reported it. */
export type ReportedFunding = {
  __typename?: 'ReportedFunding';
  amount: Money;
  /**
   * The date the figure is as of. Where the source does not date the figure, the latest date
   * the same source gives, and `asOfStated` is false.
   */
  asOf: Scalars['Date']['output'];
  /** True when the source itself dates the figure. */
  asOfStated: Scalars['Boolean']['output'];
  /** The donors the source names for this total. */
  donors: Array<Maybe<Organisation>>;
  /** The source's own words. */
  excerpt?: Maybe<Scalars['String']['output']>;
  kind: ReportedFundingKind;
  /** Where the figure comes from. */
  source?: Maybe<Scalars['String']['output']>;
};

export type ReportedFundingKind =
  /** A budget and who funds it. */
  | 'BUDGET'
  /** The total of the contributions received. */
  | 'TOTAL_CONTRIBUTIONS';

/** The record in another system that this one was imported from. */
export type SourceRecord = {
  __typename?: 'SourceRecord';
  id: Scalars['String']['output'];
  /** WEB (a page or its JSON-LD, id = its URL), TEXT (pasted text without a URL, id = sha256 of the text), RELIEFWEB (id = job id), IATI (id = activity identifier, or activity identifier + '#' + transaction ref/index). */
  system: SourceSystem;
  url?: Maybe<Scalars['String']['output']>;
  /** The source's own version of the record when it states one (ReliefWeb date.changed, IATI last-updated-datetime, JSON-LD dateModified), as an ISO 8601 instant; else a sha256 of the content. */
  version?: Maybe<Scalars['String']['output']>;
};

export type SourceRecordInput = {
  id: Scalars['String']['input'];
  system: SourceSystem;
  url?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type SourceSystem =
  | 'IATI'
  | 'RELIEFWEB'
  | 'TEXT'
  | 'WEB';

export type StatusFunding = {
  __typename?: 'StatusFunding';
  contributionCount: Scalars['Int']['output'];
  status: ContributionStatus;
  totals: Array<Money>;
  unknownAmountCount: Scalars['Int']['output'];
};

/**
 * Changes to a contribution: a field left out stays as it is, a nullable field set to null is
 * cleared. The programme does not change.
 */
export type UpdateContributionInput = {
  /** Changes with `currency`: give both, or null for both when the amount is no longer known. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code in upper case; changes with `amount`. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when the date is no longer known. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Another donor organisation's id; cannot be cleared. */
  donorId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 2000 characters. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Only forward: PLEDGED → COMMITTED → PAID. Cannot be cleared. */
  status?: InputMaybe<ContributionStatus>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Contribution: Contribution;
  Organisation: Organisation;
  Programme: Programme;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contribution:
    ( { __typename: 'Contribution' }
    & GraphQLRecursivePick<FederationTypes['Contribution'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Contribution: ResolverTypeWrapper<ContributionRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContributionConnection: ResolverTypeWrapper<ContributionPage>;
  ContributionEdge: ResolverTypeWrapper<Omit<ContributionEdge, 'node'> & { node: ResolversTypes['Contribution'] }>;
  ContributionFilter: ContributionFilter;
  ContributionImportRecord: ContributionImportRecord;
  ContributionStatus: ContributionStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DonorFunding: ResolverTypeWrapper<DonorFundingValue>;
  FundingGroup: ResolverTypeWrapper<FundingGroupValue>;
  FundingGrouping: FundingGrouping;
  FundingSummary: ResolverTypeWrapper<FundingSummaryValue>;
  ImportChange: ImportChange;
  Money: ResolverTypeWrapper<MoneyValue>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<OrganisationReference>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<Omit<Participation, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  ParticipationImportInput: ParticipationImportInput;
  ParticipationRole: ParticipationRole;
  Programme: ResolverTypeWrapper<ProgrammeView>;
  ProgrammeConnection: ResolverTypeWrapper<ProgrammePage>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeImportRecord: ProgrammeImportRecord;
  ProgrammeImportResult: ResolverTypeWrapper<ProgrammeImportResult>;
  ProgrammeKind: ProgrammeKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordContributionInput: RecordContributionInput;
  ReportedFunding: ResolverTypeWrapper<ReportedFundingRecord>;
  ReportedFundingKind: ReportedFundingKind;
  SourceRecord: ResolverTypeWrapper<SourceRecord>;
  SourceRecordInput: SourceRecordInput;
  SourceSystem: SourceSystem;
  StatusFunding: ResolverTypeWrapper<StatusFundingValue>;
  UpdateContributionInput: UpdateContributionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Contribution: ContributionRecord;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ContributionConnection: ContributionPage;
  ContributionEdge: Omit<ContributionEdge, 'node'> & { node: ResolversParentTypes['Contribution'] };
  ContributionFilter: ContributionFilter;
  ContributionImportRecord: ContributionImportRecord;
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  DonorFunding: DonorFundingValue;
  FundingGroup: FundingGroupValue;
  FundingSummary: FundingSummaryValue;
  Money: MoneyValue;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationReference;
  PageInfo: PageInfo;
  Participation: Omit<Participation, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  ParticipationImportInput: ParticipationImportInput;
  Programme: ProgrammeView;
  ProgrammeConnection: ProgrammePage;
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeFilter: ProgrammeFilter;
  ProgrammeImportRecord: ProgrammeImportRecord;
  ProgrammeImportResult: ProgrammeImportResult;
  Query: Record<PropertyKey, never>;
  RecordContributionInput: RecordContributionInput;
  ReportedFunding: ReportedFundingRecord;
  SourceRecord: SourceRecord;
  SourceRecordInput: SourceRecordInput;
  StatusFunding: StatusFundingValue;
  UpdateContributionInput: UpdateContributionInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ProgrammesContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ContributionResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution'], FederationReferenceType extends FederationReferenceTypes['Contribution'] = FederationReferenceTypes['Contribution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contribution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceRecord?: Resolver<Maybe<ResolversTypes['SourceRecord']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContributionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionConnectionResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ContributionConnection'] = ResolversParentTypes['ContributionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionEdgeResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ContributionEdge'] = ResolversParentTypes['ContributionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DonorFundingResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['DonorFunding'] = ResolversParentTypes['DonorFunding']> = {
  contributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  unknownAmountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingGroupResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['FundingGroup'] = ResolversParentTypes['FundingGroup']> = {
  contributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  unknownAmountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundingSummaryResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['FundingSummary'] = ResolversParentTypes['FundingSummary']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  byDonor?: Resolver<Array<ResolversTypes['DonorFunding']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusFunding']>, ParentType, ContextType>;
  contributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donors?: Resolver<Array<Maybe<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  reported?: Resolver<Array<ResolversTypes['ReportedFunding']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  unknownAmountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  importProgrammes?: Resolver<Array<ResolversTypes['ProgrammeImportResult']>, ParentType, ContextType, RequireFields<MutationImportProgrammesArgs, 'applyValid' | 'dryRun' | 'records'>>;
  recordContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationRecordContributionArgs, 'input'>>;
  updateContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationUpdateContributionArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrganisationResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contributions?: Resolver<Maybe<Array<ResolversTypes['Contribution']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programmes?: Resolver<Maybe<Array<ResolversTypes['Programme']>>, ParentType, ContextType, Partial<OrganisationProgrammesArgs>>;
};

export type PageInfoResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['ContributionConnection'], ParentType, ContextType, RequireFields<ProgrammeContributionsArgs, 'first'>>;
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['FundingSummary'], ParentType, ContextType, Partial<ProgrammeFundingArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, Partial<ProgrammeParticipantsArgs>>;
  sourceRecord?: Resolver<Maybe<ResolversTypes['SourceRecord']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  supports?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
};

export type ProgrammeConnectionResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgrammeEdgeResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
};

export type ProgrammeImportResultResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ProgrammeImportResult'] = ResolversParentTypes['ProgrammeImportResult']> = {
  change?: Resolver<ResolversTypes['ImportChange'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  contribution?: Resolver<Maybe<ResolversTypes['Contribution']>, ParentType, ContextType, RequireFields<QueryContributionArgs, 'id'>>;
  contributions?: Resolver<Maybe<ResolversTypes['ContributionConnection']>, ParentType, ContextType, RequireFields<QueryContributionsArgs, 'first'>>;
  fundingBreakdown?: Resolver<Maybe<Array<ResolversTypes['FundingGroup']>>, ParentType, ContextType, RequireFields<QueryFundingBreakdownArgs, 'groupBy'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<Maybe<ResolversTypes['ProgrammeConnection']>, ParentType, ContextType, RequireFields<QueryProgrammesArgs, 'first'>>;
};

export type ReportedFundingResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['ReportedFunding'] = ResolversParentTypes['ReportedFunding']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  asOfStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  donors?: Resolver<Array<Maybe<ResolversTypes['Organisation']>>, ParentType, ContextType>;
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportedFundingKind'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceRecordResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['SourceRecord'] = ResolversParentTypes['SourceRecord']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusFundingResolvers<ContextType = ProgrammesContext, ParentType extends ResolversParentTypes['StatusFunding'] = ResolversParentTypes['StatusFunding']> = {
  contributionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContributionStatus'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  unknownAmountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProgrammesContext> = {
  Contribution?: ContributionResolvers<ContextType>;
  ContributionConnection?: ContributionConnectionResolvers<ContextType>;
  ContributionEdge?: ContributionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DonorFunding?: DonorFundingResolvers<ContextType>;
  FundingGroup?: FundingGroupResolvers<ContextType>;
  FundingSummary?: FundingSummaryResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  ProgrammeImportResult?: ProgrammeImportResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportedFunding?: ReportedFundingResolvers<ContextType>;
  SourceRecord?: SourceRecordResolvers<ContextType>;
  StatusFunding?: StatusFundingResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ProgrammesContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
