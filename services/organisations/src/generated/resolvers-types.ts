import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganisationView } from '../organisations/organisation-statements';
import type { OrganisationPage } from '../organisations/organisation-reads';
import type { OrganisationsContext } from '../context';
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
  /** Any JSON value (RFC 8259), e.g. an offer's schema.org JobPosting as JSON-LD. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: string; output: string; }
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type CreateOrganisationInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2, e.g. "CD". */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Admins only (FORBIDDEN naming `input.identifiers` otherwise); a value another organisation has is a CONFLICT. */
  identifiers?: InputMaybe<Array<OrganisationIdentifierInput>>;
  kind: OrganisationKind;
  name: Scalars['String']['input'];
  /** The organisation this one is a unit of. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A system that identifies organisations by its own codes. */
export type IdentifierScheme =
  /** The organisation's web domain, e.g. undp.org. */
  | 'DOMAIN'
  /** OCHA Financial Tracking Service organisation id. */
  | 'FTS'
  /** IATI organisation identifier, e.g. XM-DAC-41114 (UNDP). */
  | 'IATI'
  /** ReliefWeb source id, e.g. 1503. */
  | 'RELIEFWEB';

/** What an import did to one record. */
export type ImportChange =
  | 'CREATED'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an organisation; a name and a kind suffice. Admins only. */
  createOrganisation: Organisation;
  /**
   * Matches, creates or completes organisations from an import's records, for the imports service
   * (admins only). Each record is matched by any of its identifiers, else by an exact name, acronym
   * or alias; a matched organisation gains the identifiers it lacks and nothing else changes. All
   * records are applied in one transaction: when one is refused, nothing is written unless
   * `applyValid`. A dry run writes nothing (the ids of organisations it would create are null).
   */
  importOrganisations: Array<OrganisationImportResult>;
  /**
   * Changes an organisation, provided it is still at `expectedVersion` (its `version` when
   * you read it); otherwise a CONFLICT error, and nothing changes. Admins, or editors of it.
   * A field left out stays as it is; a nullable field set to null is cleared.
   */
  updateOrganisation: Organisation;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationImportOrganisationsArgs = {
  applyValid?: Scalars['Boolean']['input'];
  dryRun: Scalars['Boolean']['input'];
  records: Array<OrganisationImportRecord>;
};


export type MutationUpdateOrganisationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};

/**
 * An organisation of the humanitarian and development field: a UN agency or mission,
 * an NGO, a government or one of its bodies, a donor, a pooled fund, or a unit of another organisation.
 */
export type Organisation = {
  __typename?: 'Organisation';
  /** The usual short form, e.g. "UNDP". */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it is known by, in any language, e.g. "PNUD". */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of the country it is based in, where the sources state it. */
  countryCode?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What other systems call it (IATI, ReliefWeb, FTS, its web domain), by scheme then value. */
  identifiers: Array<OrganisationIdentifier>;
  /**
   * The organisation as schema.org Organization JSON-LD: its names, website, identifiers as
   * PropertyValue, the ReliefWeb record it matches as `sameAs`, and the organisation it belongs to.
   */
  jsonLd?: Maybe<Scalars['JSON']['output']>;
  kind: OrganisationKind;
  /** The name as the organisation uses it, e.g. "United Nations Development Programme". */
  name: Scalars['String']['output'];
  /** The organisation this one is a unit of, e.g. MONUSCO for its Stabilisation Support Unit. */
  parent?: Maybe<Organisation>;
  /** The units that belong to this organisation, ordered by name. */
  units: Array<Organisation>;
  /** Increases by one with every change; pass it as `expectedVersion` when you update. */
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  pageInfo: PageInfo;
  /** How many organisations match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationFilter = {
  /** Only organisations of these kinds. */
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Only the units of this organisation. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches a name, acronym or alias containing it, ignoring case and accents: `pnud`, `onu femmes`, `unite d'appui`; exact matches come first. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** What another system calls an organisation: unique per scheme across organisations. */
export type OrganisationIdentifier = {
  __typename?: 'OrganisationIdentifier';
  scheme: IdentifierScheme;
  value: Scalars['String']['output'];
};

export type OrganisationIdentifierInput = {
  scheme: IdentifierScheme;
  /**
   * IATI: a registration agency, a hyphen and its id (`XM-DAC-41114`); RELIEFWEB and FTS: a
   * positive integer; DOMAIN: a host name (`unops.org`), stored in lower case.
   */
  value: Scalars['String']['input'];
};

export type OrganisationImportRecord = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** False when the source only names the organisation (posting text, JSON-LD): then an unmatched name is REFUSED (field `name`), never created. */
  createIfMissing: Scalars['Boolean']['input'];
  identifiers: Array<OrganisationIdentifierInput>;
  /** The plan's key for this organisation, echoed in the result, e.g. iati:XM-DAC-41114 or name:UNDP. */
  key: Scalars['String']['input'];
  /** Required when createIfMissing. */
  kind?: InputMaybe<OrganisationKind>;
  name: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationImportResult = {
  __typename?: 'OrganisationImportResult';
  change: ImportChange;
  /** The refused field, e.g. `records.2.identifiers.0.value`. */
  field?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type OrganisationKind =
  /** A donor that is neither a government nor a pooled fund (a foundation, a private donor). */
  | 'DONOR'
  /** A national or local government, or one of its ministries and agencies. */
  | 'GOVERNMENT'
  /** A non-governmental organisation (INTERSOS…). */
  | 'NGO'
  | 'OTHER'
  /** A fund that pools several donors' money (the UN Peacebuilding Fund…). */
  | 'POOLED_FUND'
  /** A unit, office or section of another organisation (MONUSCO's Stabilisation Support Unit…). */
  | 'UNIT'
  /** A UN agency, fund or programme (UNDP, UN Women, UNOPS…). */
  | 'UN_AGENCY'
  /** A UN peacekeeping or political mission (MONUSCO…). */
  | 'UN_MISSION';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An organisation by id; null when there is none. */
  organisation?: Maybe<Organisation>;
  /**
   * The organisation another system knows by this identifier, e.g. IATI `XM-DAC-41114` (UNDP) or
   * DOMAIN `unops.org`; null when none has it. The value is compared in its stored form (a domain
   * in lower case), and must be one of its scheme (BAD_USER_INPUT naming `value` otherwise).
   */
  organisationByIdentifier?: Maybe<Organisation>;
  /**
   * Organisations ordered by name. With a search, the best matches first: an exact name,
   * acronym or alias (`UNOPS` lists UNOPS before its Haiti centre), then those with a name,
   * acronym or alias beginning with the search, then the others; by name within each. Cursors
   * carry that order across pages. `first` defaults to 20 and may not exceed 100.
   */
  organisations?: Maybe<OrganisationConnection>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationByIdentifierArgs = {
  scheme: IdentifierScheme;
  value: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateOrganisationInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole set; null clears it. Admins only (FORBIDDEN naming `input.identifiers` otherwise). */
  identifiers?: InputMaybe<Array<OrganisationIdentifierInput>>;
  kind?: InputMaybe<OrganisationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
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
  Organisation: Organisation;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  CreateOrganisationInput: CreateOrganisationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdentifierScheme: IdentifierScheme;
  ImportChange: ImportChange;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<OrganisationView>;
  OrganisationConnection: ResolverTypeWrapper<OrganisationPage>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationIdentifier: ResolverTypeWrapper<OrganisationIdentifier>;
  OrganisationIdentifierInput: OrganisationIdentifierInput;
  OrganisationImportRecord: OrganisationImportRecord;
  OrganisationImportResult: ResolverTypeWrapper<OrganisationImportResult>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateOrganisationInput: UpdateOrganisationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CreateOrganisationInput: CreateOrganisationInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationView;
  OrganisationConnection: OrganisationPage;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationIdentifier: OrganisationIdentifier;
  OrganisationIdentifierInput: OrganisationIdentifierInput;
  OrganisationImportRecord: OrganisationImportRecord;
  OrganisationImportResult: OrganisationImportResult;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UpdateOrganisationInput: UpdateOrganisationInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = OrganisationsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  importOrganisations?: Resolver<Array<ResolversTypes['OrganisationImportResult']>, ParentType, ContextType, RequireFields<MutationImportOrganisationsArgs, 'applyValid' | 'dryRun' | 'records'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OrganisationResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['OrganisationIdentifier']>, ParentType, ContextType>;
  jsonLd?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationIdentifierResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['OrganisationIdentifier'] = ResolversParentTypes['OrganisationIdentifier']> = {
  scheme?: Resolver<ResolversTypes['IdentifierScheme'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganisationImportResultResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['OrganisationImportResult'] = ResolversParentTypes['OrganisationImportResult']> = {
  change?: Resolver<ResolversTypes['ImportChange'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = OrganisationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationByIdentifier?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationByIdentifierArgs, 'scheme' | 'value'>>;
  organisations?: Resolver<Maybe<ResolversTypes['OrganisationConnection']>, ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
};

export type Resolvers<ContextType = OrganisationsContext> = {
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationIdentifier?: OrganisationIdentifierResolvers<ContextType>;
  OrganisationImportResult?: OrganisationImportResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = OrganisationsContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
