import type { GraphQLResolveInfo } from 'graphql';
import type { ImportReportValue, ImportedRecordValue } from '../coordinator/import-report';
import type { EntityReference } from '../resolvers/references';
import type { ImportsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

/** The kinds of document an import reads. */
export type ImportFormat =
  /** IATI activity XML (2.03): programmes, their participating organisations and their transactions as contributions. */
  | 'IATI_ACTIVITIES'
  /** A schema.org JobPosting as JSON-LD (one object, an array, or a @graph), as career sites embed it for search engines. */
  | 'JOB_POSTING_JSON_LD'
  /** The plain text of a job posting page (title, organisation, duty station, deadline ...): gives a DRAFT offer to complete. */
  | 'POSTING_TEXT'
  /** An answer of the ReliefWeb API's jobs endpoint (`data[].fields`): offers, and their organisations by ReliefWeb source. */
  | 'RELIEFWEB_JOBS'
  /** An answer of the ReliefWeb API's sources endpoint: organisations with their ReliefWeb source id. */
  | 'RELIEFWEB_SOURCES';

/** What an import did, or would do in a dry run, to one record. */
export type ImportOutcome =
  /** Not in the graph before: added (or, in a dry run, would be). */
  | 'CREATED'
  /** Not imported: `reason` says why, `field` where. */
  | 'REFUSED'
  /** In the graph already, as the document states it. */
  | 'UNCHANGED'
  /** In the graph already, and changed by the document. */
  | 'UPDATED';

/** What one import did, record by record. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** False when nothing was written: a dry run, or refused records without applyValid. */
  applied: Scalars['Boolean']['output'];
  /** Records created (or that a dry run would create). */
  created: Scalars['Int']['output'];
  /** True when nothing was to be written. */
  dryRun: Scalars['Boolean']['output'];
  /** How the document was read. */
  format: ImportFormat;
  /** Every record of the document: organisations first, then programmes and their contributions, then offers. */
  records: Array<ImportedRecord>;
  /** Records refused, each with its reason. */
  refused: Scalars['Int']['output'];
  /** Records already as the document states them. */
  unchanged: Scalars['Int']['output'];
  /** Records updated (or that a dry run would update). */
  updated: Scalars['Int']['output'];
};

/** One record of an imported document and what the import did to it. */
export type ImportedRecord = {
  __typename?: 'ImportedRecord';
  /** Where the refusal lies: a field of the record, e.g. `offer.deadline`, or a place in the document, e.g. `data[3].fields.date.closing`. */
  field?: Maybe<Scalars['String']['output']>;
  /** The record's id in the graph (null when refused, or to be created by a dry run). */
  id?: Maybe<Scalars['ID']['output']>;
  /** The record's key in the document, e.g. `iati:XM-DAC-41114`, `reliefweb-job:4038772` or `name:UNDP`. */
  key: Scalars['String']['output'];
  /** Fields the source did not state (posting text): an editor completes them before publishing. */
  missingFields: Array<Scalars['String']['output']>;
  /** The offer, for an OFFER record with an id. */
  offer?: Maybe<Offer>;
  /** The organisation, for an ORGANISATION record with an id. */
  organisation?: Maybe<Organisation>;
  /** What the import did (or would do) to it. */
  outcome: ImportOutcome;
  /** The programme, for a PROGRAMME record with an id. */
  programme?: Maybe<Programme>;
  /** Why it was refused (or left unchanged, when the document holds an older version). */
  reason?: Maybe<Scalars['String']['output']>;
  /** What kind of record it is. */
  type: ImportedRecordType;
};

/** The kinds of record a document holds. */
export type ImportedRecordType =
  | 'CONTRIBUTION'
  | 'OFFER'
  | 'ORGANISATION'
  | 'PROGRAMME';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Imports a document (admins only): reads it as `format`, then has every organisation,
   * programme, contribution and offer it states matched and created, updated or left as it is,
   * by the service that owns it (organisations first, then programmes, then offers). Every owner
   * checks its part first (as a dry run); when any record is refused, nothing is written unless
   * `applyValid` is true, and then only the records that were not refused (and not depending on a
   * refused one) are. Importing the same document twice changes nothing the second time.
   * `content` is the document's text, at most IMPORT_MAX_BYTES (5 MB by default) in UTF-8
   * (BAD_USER_INPUT on `content` beyond it, or when the document cannot be read at all). An
   * owner that cannot be reached or fails gives SERVICE_UNAVAILABLE naming it
   * (`extensions.service`); the message says what was written before (outside production,
   * `extensions.report` too). Importing the document again is safe.
   */
  importDocument: ImportReport;
};


export type MutationImportDocumentArgs = {
  applyValid?: Scalars['Boolean']['input'];
  content: Scalars['String']['input'];
  dryRun?: Scalars['Boolean']['input'];
  format: ImportFormat;
};

export type Offer = {
  __typename?: 'Offer';
  id: Scalars['ID']['output'];
};

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
};

export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ImportFormat: ImportFormat;
  ImportOutcome: ImportOutcome;
  ImportReport: ResolverTypeWrapper<ImportReportValue>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ImportedRecord: ResolverTypeWrapper<ImportedRecordValue>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportedRecordType: ImportedRecordType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offer: ResolverTypeWrapper<EntityReference>;
  Organisation: ResolverTypeWrapper<EntityReference>;
  Programme: ResolverTypeWrapper<EntityReference>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ImportReport: ImportReportValue;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ImportedRecord: ImportedRecordValue;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  Offer: EntityReference;
  Organisation: EntityReference;
  Programme: EntityReference;
};

export type ImportReportResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ImportedRecord']>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportedRecordResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['ImportedRecord'] = ResolversParentTypes['ImportedRecord']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ImportedRecordType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  importDocument?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'applyValid' | 'content' | 'dryRun' | 'format'>>;
};

export type OfferResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = ImportsContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ImportsContext> = {
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportedRecord?: ImportedRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
};

