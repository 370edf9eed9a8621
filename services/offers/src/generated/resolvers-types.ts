import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ShownOffer } from '../offers/offer-statements';
import type { OfferPage, EntityReference } from '../offers/offer-connection';
import type { SavedSearch as SavedSearchRow } from '../saved-searches/saved-search.entity';
import type { WebhookDelivery as WebhookDeliveryRow } from '../saved-searches/webhook-delivery.entity';
import type { DeliveryPage } from '../saved-searches/saved-search-store';
import type { OffersContext } from '../context';
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
   * An instant: an RFC 3339 date-time with its zone offset, e.g. "2020-11-28T23:59:59Z" or
   * "2020-11-29T01:59:59+02:00"; always answered in UTC with milliseconds, "2020-11-28T23:59:59.000Z".
   */
  DateTime: { input: Date; output: Date; }
  /** Any JSON value (RFC 8259), e.g. an offer's schema.org JobPosting as JSON-LD. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: string; output: string; }
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type ContractType =
  | 'CONSULTANCY'
  /** An individual contractor agreement (ICA, LICA…). */
  | 'INDIVIDUAL_CONTRACTOR'
  | 'INTERNSHIP'
  /** Junior Professional Officer: a post a government sponsors for its young nationals. */
  | 'JPO'
  /** A contract the posting names that fits none of the other types. */
  | 'OTHER'
  /** A staff appointment. */
  | 'STAFF'
  /** The posting does not say. */
  | 'UNSPECIFIED'
  | 'VOLUNTEER';

export type ContractTypeFacet = {
  __typename?: 'ContractTypeFacet';
  contractType: ContractType;
  count: Scalars['Int']['output'];
};

export type CountryFacet = {
  __typename?: 'CountryFacet';
  count: Scalars['Int']['output'];
  countryCode: Scalars['String']['output'];
};

/**
 * A new job posting. Facts the posting does not state are left out. `organisationId` and
 * `programmeIds` are ids of other subgraphs' entities: only their form is checked here (an id
 * nobody knows resolves to null in the graph, as any reference does).
 */
export type CreateOfferInput = {
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  contractLabel?: InputMaybe<Scalars['String']['input']>;
  contractType: ContractType;
  /** Countries the offer is in besides its duty stations' (a post "in the DRC" with no city): ISO 3166-1 alpha-2. */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When applications close, as an instant (with its offset, e.g. `2026-03-31T23:59:59+01:00`). */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** The closing date in the posting's words. */
  deadlineStated?: InputMaybe<Scalars['String']['input']>;
  /** Required with a deadline: the IANA zone it is stated in, e.g. `Africa/Kinshasa`. */
  deadlineTimeZone?: InputMaybe<Scalars['String']['input']>;
  /** The posting's text, section by section (at least one). */
  descriptionSections: Array<DescriptionSectionInput>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  dutyStations?: InputMaybe<Array<DutyStationInput>>;
  education?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes, each once. */
  languages?: InputMaybe<Array<LanguageRequirementInput>>;
  minExperienceYears?: InputMaybe<Scalars['Int']['input']>;
  /** The employer; an editor may only name an organisation their token lists. */
  organisationId: Scalars['ID']['input'];
  /** The employer's name as the posting writes it, e.g. "ONU Femmes". */
  organisationName: Scalars['String']['input'];
  /** At least 1; 1 when left out. */
  positions?: InputMaybe<Scalars['Int']['input']>;
  /** When the offer was posted; publishing sets it to now when left out. */
  postedAt?: InputMaybe<Scalars['DateTime']['input']>;
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  sourceLanguage?: InputMaybe<Scalars['String']['input']>;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** DRAFT (when left out) or OPEN to publish at once, which needs a deadline still to come, or none. */
  status?: InputMaybe<OfferStatus>;
  /** Lower-case slugs, e.g. `child-protection`. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** A span of time: `from` inclusive, `to` exclusive; either may be left open. */
export type DateTimeRange = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DescriptionSection = {
  __typename?: 'DescriptionSection';
  body: Scalars['String']['output'];
  /** The section's heading as the posting gives it; null for an untitled opening. */
  heading?: Maybe<Scalars['String']['output']>;
};

export type DescriptionSectionInput = {
  body: Scalars['String']['input'];
  /** Null for an untitled opening. */
  heading?: InputMaybe<Scalars['String']['input']>;
};

/** A place of work: a city and its country. */
export type DutyStation = {
  __typename?: 'DutyStation';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. CD. */
  countryCode: Scalars['String']['output'];
};

export type DutyStationInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 in upper case, e.g. CD. */
  countryCode: Scalars['String']['input'];
};

/** What an import did to one record. */
export type ImportChange =
  | 'CREATED'
  | 'REFUSED'
  | 'UNCHANGED'
  | 'UPDATED';

export type LanguageRequirement = {
  __typename?: 'LanguageRequirement';
  /** ISO 639-1, e.g. fr, en, ht (Haitian Creole). */
  code: Scalars['String']['output'];
  /** False when the language is only an asset. */
  required: Scalars['Boolean']['output'];
};

export type LanguageRequirementInput = {
  /** ISO 639-1 in lower case, e.g. fr. */
  code: Scalars['String']['input'];
  /** False when the language is only an asset. */
  required: Scalars['Boolean']['input'];
};

/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes an offer now, before or regardless of its deadline: it stays listed as CLOSED, with
   * `closedAt`. Closing a closed offer changes nothing and returns it as it is (retrying is
   * safe). A draft cannot be closed: it was never published (BAD_USER_INPUT).
   */
  closeOffer: Offer;
  /**
   * Adds an offer, as a DRAFT unless `status: OPEN` publishes it at once. Only admins and the
   * organisation's editors see a draft. Lists left out are empty; `positions` defaults to 1.
   */
  createOffer: Offer;
  /** Deletes one of the caller's saved searches and its deliveries; NOT_FOUND for any other id. Answers the id. */
  deleteSavedSearch: Scalars['ID']['output'];
  /**
   * Imports offers from records another system published (admins only; the imports service calls
   * it). Each record is matched by its source (system and id), then by the same organisation,
   * title and deadline; then created, updated or left as it is, through the same writes as
   * createOffer and updateOffer. All in one transaction: when a record is refused, nothing is
   * written unless `applyValid`; `dryRun` writes nothing (offerId null for an offer it would create).
   */
  importOffers: Array<OfferImportResult>;
  /**
   * Saves a search for the signed-in caller (any role; UNAUTHENTICATED when anonymous), at most
   * 50 each. From then on, each offer that is published, updated or closed and that the filter
   * matches (as `offers(filter:)` would list it at that moment) is POSTed to `webhookUrl`, signed
   * with the secret this answer gives once. The filter is checked as `offers` checks it; a saved
   * search follows published offers, so `status: DRAFT` is refused. `webhookUrl` must be https,
   * on a public address, in production.
   */
  saveSearch: SavedSearchCreated;
  /**
   * Changes an offer, provided it is still at `expectedVersion` (its `version` when you read it);
   * otherwise a CONFLICT error, and nothing changes. A field left out stays as it is; a nullable
   * field set to null is cleared; a list is replaced whole ([] empties it). `status: OPEN`
   * publishes a draft or reopens a closed offer; a published offer cannot return to DRAFT.
   */
  updateOffer: Offer;
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationCloseOfferArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationCreateOfferArgs = {
  input: CreateOfferInput;
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationDeleteSavedSearchArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationImportOffersArgs = {
  applyValid?: Scalars['Boolean']['input'];
  dryRun: Scalars['Boolean']['input'];
  records: Array<OfferImportRecord>;
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationSaveSearchArgs = {
  filter: OfferFilter;
  name?: InputMaybe<Scalars['String']['input']>;
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to offers. Each needs a bearer token: an admin's, or an editor's whose token lists the
 * offer's organisation (UNAUTHENTICATED without one, FORBIDDEN for another organisation). Each
 * runs in one transaction with the offer's lists and search index: search finds a written
 * offer at once, and a refused or failed write leaves nothing behind.
 */
export type MutationUpdateOfferArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOfferInput;
};

/**
 * A job posting, a superset of schema.org JobPosting for the humanitarian and development field.
 * Facts the posting does not state are null or empty, never guessed.
 */
export type Offer = {
  __typename?: 'Offer';
  applyUrl?: Maybe<Scalars['String']['output']>;
  /** When the offer was closed explicitly, before or regardless of its deadline. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contract as the posting names it, e.g. "Local Individual Contract Agreement (LICA)". */
  contractLabel?: Maybe<Scalars['String']['output']>;
  contractType: ContractType;
  /**
   * Every country the offer is in (ISO 3166-1 alpha-2): its duty stations' countries, and
   * countries the posting names without a city (INTERSOS's post is "en RDC": `CD`).
   */
  countryCodes: Array<Scalars['String']['output']>;
  /** When applications close, as an instant (UTC). */
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** The closing date in the posting's words, e.g. "2017-06-15, à minuit, heure de Copenhague". */
  deadlineStated?: Maybe<Scalars['String']['output']>;
  /**
   * The IANA zone the deadline was stated in (America/New_York for "18 December 2015 EST").
   * Where the posting gives a date with no zone, the zone Passerelle assumed; see `deadlineTimeZoneAssumed`.
   */
  deadlineTimeZone?: Maybe<Scalars['String']['output']>;
  /**
   * True when the posting states a date but no zone, so `deadlineTimeZone` is an assumption: the
   * duty stations' zone, or where the posting names only a country, its capital's.
   */
  deadlineTimeZoneAssumed: Scalars['Boolean']['output'];
  /** The posting's text: its sections, headings included, separated by blank lines. */
  description: Scalars['String']['output'];
  /** The same text, section by section. */
  descriptionSections: Array<DescriptionSection>;
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Where the post-holders will work, in the posting's order. Empty when the posting names no city. */
  dutyStations: Array<DutyStation>;
  /** The education the posting asks for, in its words. */
  education?: Maybe<Scalars['String']['output']>;
  /** Who may apply, where the posting limits it (nationality, programme, national posts). */
  eligibility?: Maybe<Scalars['String']['output']>;
  /** Level or grade as the posting states it, e.g. "LICA 9". */
  grade?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The offer as schema.org JobPosting JSON-LD, ready for a page's <script type="application/ld+json">. */
  jsonLd?: Maybe<Scalars['JSON']['output']>;
  /** The languages asked for, required ones first, in the posting's order. */
  languages: Array<LanguageRequirement>;
  /** Minimum years of relevant experience with the usual degree. */
  minExperienceYears?: Maybe<Scalars['Int']['output']>;
  /**
   * The employer: the organisation the posting names as publishing and recruiting. Null only
   * when the organisations service cannot answer (with a SERVICE_UNAVAILABLE error) or does not know it.
   */
  organisation?: Maybe<Organisation>;
  /** The employer's name as the posting writes it, e.g. "ONU Femmes". */
  organisationName: Scalars['String']['output'];
  /** How many people the posting hires. */
  positions: Scalars['Int']['output'];
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The programmes the post serves; an item is null when the programmes service cannot answer for it. */
  programmes: Array<Maybe<Programme>>;
  /** The publisher's own reference for the posting, e.g. its job opening number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 code of the language the posting is written in. */
  sourceLanguage?: Maybe<Scalars['String']['output']>;
  /**
   * The record in another system this offer was imported from (ReliefWeb job, page, IATI
   * activity…); when several records were matched to it, the one imported last. Null for an
   * offer written here.
   */
  sourceRecord?: Maybe<SourceRecord>;
  /** Where the posting was published. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** OPEN until the deadline passes or the offer is closed; CLOSED after; DRAFT before publication. */
  status: OfferStatus;
  /** Subject areas, as lower-case slugs: `stabilisation`, `child-protection`, `gender`… */
  themes: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** When the offer was last written (created, changed or closed). */
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it to updateOffer as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

export type OfferConnection = {
  __typename?: 'OfferConnection';
  edges: Array<OfferEdge>;
  /** Counts of the matching offers (all pages) by country, contract type, organisation and theme. */
  facets: OfferFacets;
  pageInfo: PageInfo;
  /** How many offers match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OfferEdge = {
  __typename?: 'OfferEdge';
  cursor: Scalars['String']['output'];
  node: Offer;
};

/**
 * Counts for the filter's whole result, largest first. Contract types and organisations add up
 * to `totalCount`; an offer in two countries or with two themes counts once under each.
 */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  contractTypes: Array<ContractTypeFacet>;
  countries: Array<CountryFacet>;
  organisations: Array<OrganisationFacet>;
  themes: Array<ThemeFacet>;
};

/**
 * What to look for. Conditions on different fields must all hold; a list matches an offer
 * that has any of its values. An empty list is the same as no list.
 */
export type OfferFilter = {
  /** Duty station cities, ignoring case, accents and hyphens: `bunia`, `Port au Prince`. */
  cities?: InputMaybe<Array<Scalars['String']['input']>>;
  contractTypes?: InputMaybe<Array<ContractType>>;
  /** ISO 3166-1 alpha-2 codes in upper case, e.g. `CD`: offers with a duty station or stated country among them. */
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Offers whose deadline falls in this range. */
  deadline?: InputMaybe<DateTimeRange>;
  /** ISO 639-1 codes in lower case, e.g. `fr`: offers asking for any of these languages, required or as an asset. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Offers posted in this range. */
  postedAt?: InputMaybe<DateTimeRange>;
  /** Offers that serve any of these programmes. */
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Words to find in the title and description, ignoring case and accents, in French or
   * English: `protection de l'enfance`, `ENFANCE`, `stabilisation`. Every word must occur
   * (a word also matches longer words it begins, and plural and singular match each other);
   * short function words (de, la, the, of…) are ignored. At most 200 characters and 20 words.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /**
   * OPEN, CLOSED (explicitly closed or past its deadline: the archive) or DRAFT. Omitted: open and
   * closed. DRAFT lists only the drafts the caller may see (an admin: all; an editor: their
   * organisations'; anyone else: none), and counts and facets only those.
   */
  status?: InputMaybe<OfferStatus>;
  /** Theme slugs as listed in `Offer.themes`, e.g. `child-protection`. */
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OfferImportRecord = {
  key: Scalars['String']['input'];
  /** The offer as createOffer takes it (organisationId already resolved by the caller); status DRAFT for posting text. */
  offer: CreateOfferInput;
  source: SourceRecordInput;
};

export type OfferImportResult = {
  __typename?: 'OfferImportResult';
  change: ImportChange;
  field?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  offerId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type OfferOrder =
  /** Earliest deadline first; offers with no deadline last. */
  | 'DEADLINE'
  /** Most recently posted first; offers with no posted date last. */
  | 'RECENT'
  /** Best match first (title words count more than description words); only with a search. */
  | 'RELEVANCE';

export type OfferStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type Organisation = {
  __typename?: 'Organisation';
  id: Scalars['ID']['output'];
  /** The offers this organisation publishes; same arguments as `Query.offers`, drafts shown as there. Null when the offers service cannot answer. */
  offers?: Maybe<OfferConnection>;
  /** How many of its offers are open now (drafts never are); null when the offers service cannot answer. */
  openOfferCount?: Maybe<Scalars['Int']['output']>;
};


export type OrganisationOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};

export type OrganisationFacet = {
  __typename?: 'OrganisationFacet';
  count: Scalars['Int']['output'];
  organisation?: Maybe<Organisation>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
  /** The offers that serve this programme; same arguments as `Query.offers`, drafts shown as there. Null when the offers service cannot answer. */
  offers?: Maybe<OfferConnection>;
};


export type ProgrammeOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * An offer by id, whatever its status; null when there is none. A draft is shown only to
   * admins and to editors of its organisation: to anyone else it is null, as an unknown id.
   */
  offer?: Maybe<Offer>;
  /**
   * Offers matching the filter. Without a status filter every published offer is listed,
   * open and closed alike (never drafts). Ordered by relevance when searching, otherwise
   * by deadline, unless `orderBy` says otherwise. `first` defaults to 20 and may not exceed 100.
   */
  offers?: Maybe<OfferConnection>;
  /** One of the caller's saved searches. Any other id, another user's included, is NOT_FOUND. */
  savedSearch?: Maybe<SavedSearch>;
  /**
   * The signed-in caller's saved searches, newest first (UNAUTHENTICATED when anonymous). Nobody
   * else sees them, admins included.
   */
  savedSearches?: Maybe<Array<SavedSearch>>;
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};


export type QuerySavedSearchArgs = {
  id: Scalars['ID']['input'];
};

export type SavedDateTimeRange = {
  __typename?: 'SavedDateTimeRange';
  from?: Maybe<Scalars['DateTime']['output']>;
  to?: Maybe<Scalars['DateTime']['output']>;
};

/** An OfferFilter as it was saved: the same fields, and the same meaning. */
export type SavedOfferFilter = {
  __typename?: 'SavedOfferFilter';
  cities?: Maybe<Array<Scalars['String']['output']>>;
  contractTypes?: Maybe<Array<ContractType>>;
  countryCodes?: Maybe<Array<Scalars['String']['output']>>;
  deadline?: Maybe<SavedDateTimeRange>;
  languages?: Maybe<Array<Scalars['String']['output']>>;
  organisationIds?: Maybe<Array<Scalars['ID']['output']>>;
  postedAt?: Maybe<SavedDateTimeRange>;
  programmeIds?: Maybe<Array<Scalars['ID']['output']>>;
  search?: Maybe<Scalars['String']['output']>;
  status?: Maybe<OfferStatus>;
  themes?: Maybe<Array<Scalars['String']['output']>>;
};

/** A search a user keeps, and the webhook told of each offer that comes to match it. */
export type SavedSearch = {
  __typename?: 'SavedSearch';
  createdAt: Scalars['DateTime']['output'];
  /** The webhook's deliveries, newest first; empty without a webhook. */
  deliveries: WebhookDeliveryConnection;
  filter: SavedOfferFilter;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** The offers the filter matches now, exactly as `offers(filter:)` lists them. */
  offers?: Maybe<OfferConnection>;
  webhookUrl?: Maybe<Scalars['String']['output']>;
};


/** A search a user keeps, and the webhook told of each offer that comes to match it. */
export type SavedSearchDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


/** A search a user keeps, and the webhook told of each offer that comes to match it. */
export type SavedSearchOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};

/** A saved search, and the secret of its webhook. */
export type SavedSearchCreated = {
  __typename?: 'SavedSearchCreated';
  savedSearch: SavedSearch;
  /**
   * The HMAC-SHA256 key of this search's webhook signatures (`Passerelle-Signature`): shown this
   * once and never again. Null without a webhook.
   */
  webhookSecret?: Maybe<Scalars['String']['output']>;
};

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

export type ThemeFacet = {
  __typename?: 'ThemeFacet';
  count: Scalars['Int']['output'];
  theme: Scalars['String']['output'];
};

/**
 * Changes to an offer: only the fields given change. Setting a new deadline without new
 * `deadlineStated` words clears the old words; clearing the deadline clears its zone and words.
 */
export type UpdateOfferInput = {
  applyUrl?: InputMaybe<Scalars['String']['input']>;
  contractLabel?: InputMaybe<Scalars['String']['input']>;
  contractType?: InputMaybe<ContractType>;
  countryCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  deadlineStated?: InputMaybe<Scalars['String']['input']>;
  deadlineTimeZone?: InputMaybe<Scalars['String']['input']>;
  descriptionSections?: InputMaybe<Array<DescriptionSectionInput>>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  dutyStations?: InputMaybe<Array<DutyStationInput>>;
  education?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<LanguageRequirementInput>>;
  minExperienceYears?: InputMaybe<Scalars['Int']['input']>;
  /** Moves the offer to another organisation; an editor must edit both. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  organisationName?: InputMaybe<Scalars['String']['input']>;
  positions?: InputMaybe<Scalars['Int']['input']>;
  postedAt?: InputMaybe<Scalars['DateTime']['input']>;
  programmeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  sourceLanguage?: InputMaybe<Scalars['String']['input']>;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** OPEN publishes a draft or reopens a closed offer; DRAFT only keeps a draft a draft. Close with closeOffer. */
  status?: InputMaybe<OfferStatus>;
  themes?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One event told to one saved search's webhook: a POST of JSON `{ id, savedSearch, event }`
 * (`event` a CloudEvent), with the headers `Passerelle-Delivery` (this id, the same on every
 * attempt: drop repeats by it), `Passerelle-Event` and `Passerelle-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook secret>`. An answer
 * other than 2xx within the time limit is a failure, tried again after a doubling pause; after the
 * last attempt the delivery is DEAD (kept, never sent again).
 */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The CloudEvent id: one delivery per event and saved search. */
  eventId: Scalars['ID']['output'];
  /** `offer.published`, `offer.updated` or `offer.closed`. */
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed, when it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt's answer; null when none came (refused connection, time-out). */
  lastResponseStatus?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once DELIVERED or DEAD. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  offer?: Maybe<Offer>;
  /** The offer's version the event describes: deliveries can arrive out of order (retries), so keep the highest. */
  offerVersion: Scalars['Int']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  /** Every attempt failed: kept as a record, never sent again. */
  | 'DEAD'
  | 'DELIVERED'
  /** Not delivered yet: the next attempt is due at `nextAttemptAt`. */
  | 'PENDING';



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
  Offer: Offer;
  Organisation: Organisation;
  Programme: Programme;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Offer:
    ( { __typename: 'Offer' }
    & GraphQLRecursivePick<FederationTypes['Offer'], {"id":true}> );
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
  ContractType: ContractType;
  ContractTypeFacet: ResolverTypeWrapper<ContractTypeFacet>;
  CountryFacet: ResolverTypeWrapper<CountryFacet>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateOfferInput: CreateOfferInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeRange: DateTimeRange;
  DescriptionSection: ResolverTypeWrapper<DescriptionSection>;
  DescriptionSectionInput: DescriptionSectionInput;
  DutyStation: ResolverTypeWrapper<DutyStation>;
  DutyStationInput: DutyStationInput;
  ImportChange: ImportChange;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LanguageRequirement: ResolverTypeWrapper<LanguageRequirement>;
  LanguageRequirementInput: LanguageRequirementInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offer: ResolverTypeWrapper<ShownOffer>;
  OfferConnection: ResolverTypeWrapper<OfferPage>;
  OfferEdge: ResolverTypeWrapper<Omit<OfferEdge, 'node'> & { node: ResolversTypes['Offer'] }>;
  OfferFacets: ResolverTypeWrapper<Omit<OfferFacets, 'organisations'> & { organisations: Array<ResolversTypes['OrganisationFacet']> }>;
  OfferFilter: OfferFilter;
  OfferImportRecord: OfferImportRecord;
  OfferImportResult: ResolverTypeWrapper<OfferImportResult>;
  OfferOrder: OfferOrder;
  OfferStatus: OfferStatus;
  Organisation: ResolverTypeWrapper<EntityReference>;
  OrganisationFacet: ResolverTypeWrapper<Omit<OrganisationFacet, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Programme: ResolverTypeWrapper<EntityReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SavedDateTimeRange: ResolverTypeWrapper<SavedDateTimeRange>;
  SavedOfferFilter: ResolverTypeWrapper<SavedOfferFilter>;
  SavedSearch: ResolverTypeWrapper<SavedSearchRow>;
  SavedSearchCreated: ResolverTypeWrapper<Omit<SavedSearchCreated, 'savedSearch'> & { savedSearch: ResolversTypes['SavedSearch'] }>;
  SourceRecord: ResolverTypeWrapper<SourceRecord>;
  SourceRecordInput: SourceRecordInput;
  SourceSystem: SourceSystem;
  ThemeFacet: ResolverTypeWrapper<ThemeFacet>;
  UpdateOfferInput: UpdateOfferInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<DeliveryPage>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ContractTypeFacet: ContractTypeFacet;
  CountryFacet: CountryFacet;
  String: Scalars['String']['output'];
  CreateOfferInput: CreateOfferInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DateTimeRange: DateTimeRange;
  DescriptionSection: DescriptionSection;
  DescriptionSectionInput: DescriptionSectionInput;
  DutyStation: DutyStation;
  DutyStationInput: DutyStationInput;
  JSON: Scalars['JSON']['output'];
  LanguageRequirement: LanguageRequirement;
  LanguageRequirementInput: LanguageRequirementInput;
  Mutation: Record<PropertyKey, never>;
  Offer: ShownOffer;
  OfferConnection: OfferPage;
  OfferEdge: Omit<OfferEdge, 'node'> & { node: ResolversParentTypes['Offer'] };
  OfferFacets: Omit<OfferFacets, 'organisations'> & { organisations: Array<ResolversParentTypes['OrganisationFacet']> };
  OfferFilter: OfferFilter;
  OfferImportRecord: OfferImportRecord;
  OfferImportResult: OfferImportResult;
  Organisation: EntityReference;
  OrganisationFacet: Omit<OrganisationFacet, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  PageInfo: PageInfo;
  Programme: EntityReference;
  Query: Record<PropertyKey, never>;
  SavedDateTimeRange: SavedDateTimeRange;
  SavedOfferFilter: SavedOfferFilter;
  SavedSearch: SavedSearchRow;
  SavedSearchCreated: Omit<SavedSearchCreated, 'savedSearch'> & { savedSearch: ResolversParentTypes['SavedSearch'] };
  SourceRecord: SourceRecord;
  SourceRecordInput: SourceRecordInput;
  ThemeFacet: ThemeFacet;
  UpdateOfferInput: UpdateOfferInput;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: DeliveryPage;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = OffersContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ContractTypeFacetResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['ContractTypeFacet'] = ResolversParentTypes['ContractTypeFacet']> = {
  contractType?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryFacetResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['CountryFacet'] = ResolversParentTypes['CountryFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DescriptionSectionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['DescriptionSection'] = ResolversParentTypes['DescriptionSection']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DutyStationResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['DutyStation'] = ResolversParentTypes['DutyStation']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LanguageRequirementResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['LanguageRequirement'] = ResolversParentTypes['LanguageRequirement']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationCloseOfferArgs, 'id'>>;
  createOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationCreateOfferArgs, 'input'>>;
  deleteSavedSearch?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteSavedSearchArgs, 'id'>>;
  importOffers?: Resolver<Array<ResolversTypes['OfferImportResult']>, ParentType, ContextType, RequireFields<MutationImportOffersArgs, 'applyValid' | 'dryRun' | 'records'>>;
  saveSearch?: Resolver<ResolversTypes['SavedSearchCreated'], ParentType, ContextType, RequireFields<MutationSaveSearchArgs, 'filter'>>;
  updateOffer?: Resolver<ResolversTypes['Offer'], ParentType, ContextType, RequireFields<MutationUpdateOfferArgs, 'expectedVersion' | 'id' | 'input'>>;
};

export type OfferResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer'], FederationReferenceType extends FederationReferenceTypes['Offer'] = FederationReferenceTypes['Offer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applyUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contractLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deadlineStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineTimeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadlineTimeZoneAssumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionSections?: Resolver<Array<ResolversTypes['DescriptionSection']>, ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dutyStations?: Resolver<Array<ResolversTypes['DutyStation']>, ParentType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eligibility?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jsonLd?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['LanguageRequirement']>, ParentType, ContextType>;
  minExperienceYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  programmes?: Resolver<Array<Maybe<ResolversTypes['Programme']>>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceRecord?: Resolver<Maybe<ResolversTypes['SourceRecord']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferConnectionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferConnection'] = ResolversParentTypes['OfferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfferEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['OfferFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfferEdgeResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferEdge'] = ResolversParentTypes['OfferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Offer'], ParentType, ContextType>;
};

export type OfferFacetsResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferFacets'] = ResolversParentTypes['OfferFacets']> = {
  contractTypes?: Resolver<Array<ResolversTypes['ContractTypeFacet']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['CountryFacet']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['OrganisationFacet']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeFacet']>, ParentType, ContextType>;
};

export type OfferImportResultResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OfferImportResult'] = ResolversParentTypes['OfferImportResult']> = {
  change?: Resolver<ResolversTypes['ImportChange'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<OrganisationOffersArgs, 'first'>>;
  openOfferCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type OrganisationFacetResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['OrganisationFacet'] = ResolversParentTypes['OrganisationFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<ProgrammeOffersArgs, 'first'>>;
};

export type QueryResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType, RequireFields<QueryOfferArgs, 'id'>>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<QueryOffersArgs, 'first'>>;
  savedSearch?: Resolver<Maybe<ResolversTypes['SavedSearch']>, ParentType, ContextType, RequireFields<QuerySavedSearchArgs, 'id'>>;
  savedSearches?: Resolver<Maybe<Array<ResolversTypes['SavedSearch']>>, ParentType, ContextType>;
};

export type SavedDateTimeRangeResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['SavedDateTimeRange'] = ResolversParentTypes['SavedDateTimeRange']> = {
  from?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SavedOfferFilterResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['SavedOfferFilter'] = ResolversParentTypes['SavedOfferFilter']> = {
  cities?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  contractTypes?: Resolver<Maybe<Array<ResolversTypes['ContractType']>>, ParentType, ContextType>;
  countryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['SavedDateTimeRange']>, ParentType, ContextType>;
  languages?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  organisationIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['SavedDateTimeRange']>, ParentType, ContextType>;
  programmeIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  search?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OfferStatus']>, ParentType, ContextType>;
  themes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type SavedSearchResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['SavedSearch'] = ResolversParentTypes['SavedSearch']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<SavedSearchDeliveriesArgs, 'first'>>;
  filter?: Resolver<ResolversTypes['SavedOfferFilter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offers?: Resolver<Maybe<ResolversTypes['OfferConnection']>, ParentType, ContextType, RequireFields<SavedSearchOffersArgs, 'first'>>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SavedSearchCreatedResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['SavedSearchCreated'] = ResolversParentTypes['SavedSearchCreated']> = {
  savedSearch?: Resolver<ResolversTypes['SavedSearch'], ParentType, ContextType>;
  webhookSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceRecordResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['SourceRecord'] = ResolversParentTypes['SourceRecord']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ThemeFacetResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['ThemeFacet'] = ResolversParentTypes['ThemeFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastResponseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['Offer']>, ParentType, ContextType>;
  offerVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = OffersContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type Resolvers<ContextType = OffersContext> = {
  ContractTypeFacet?: ContractTypeFacetResolvers<ContextType>;
  CountryFacet?: CountryFacetResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DescriptionSection?: DescriptionSectionResolvers<ContextType>;
  DutyStation?: DutyStationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LanguageRequirement?: LanguageRequirementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  OfferConnection?: OfferConnectionResolvers<ContextType>;
  OfferEdge?: OfferEdgeResolvers<ContextType>;
  OfferFacets?: OfferFacetsResolvers<ContextType>;
  OfferImportResult?: OfferImportResultResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationFacet?: OrganisationFacetResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SavedDateTimeRange?: SavedDateTimeRangeResolvers<ContextType>;
  SavedOfferFilter?: SavedOfferFilterResolvers<ContextType>;
  SavedSearch?: SavedSearchResolvers<ContextType>;
  SavedSearchCreated?: SavedSearchCreatedResolvers<ContextType>;
  SourceRecord?: SourceRecordResolvers<ContextType>;
  ThemeFacet?: ThemeFacetResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = OffersContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
