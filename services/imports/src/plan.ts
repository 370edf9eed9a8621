import type { SourceRecord } from '@passerelle/subgraph-kit';

/*
 * What a document asks the graph to hold, as the format parsers read it: organisations,
 * offers and programmes (with their contributions), each under a key unique in the plan,
 * plus what could not be read. Nothing here has touched a database: the owners match and
 * write each part (organisations first, since the others point at them).
 */

export const IMPORT_FORMATS = ['POSTING_TEXT', 'JOB_POSTING_JSON_LD', 'RELIEFWEB_JOBS', 'RELIEFWEB_SOURCES', 'IATI_ACTIVITIES'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type IdentifierScheme = 'IATI' | 'RELIEFWEB' | 'FTS' | 'DOMAIN';
export type OrganisationKind = 'UN_AGENCY' | 'UN_MISSION' | 'NGO' | 'GOVERNMENT' | 'DONOR' | 'POOLED_FUND' | 'UNIT' | 'OTHER';
export type ContractType = 'STAFF' | 'CONSULTANCY' | 'JPO' | 'INDIVIDUAL_CONTRACTOR' | 'INTERNSHIP' | 'VOLUNTEER' | 'OTHER' | 'UNSPECIFIED';
export type ProgrammeKind =
  | 'STRATEGY'
  | 'NATIONAL_PROGRAMME'
  | 'POOLED_FUND'
  | 'BILATERAL_PORTFOLIO'
  | 'TALENT_PROGRAMME'
  | 'COORDINATION_MECHANISM'
  | 'AGENCY_PROGRAMME'
  | 'PROJECT'
  | 'OTHER';
export type ParticipationRole =
  | 'LEAD'
  | 'COORDINATOR'
  | 'SECRETARIAT'
  | 'MANAGER'
  | 'IMPLEMENTING'
  | 'FUNDING'
  | 'SPONSOR'
  | 'BOARD_CO_CHAIR'
  | 'TRAINING_PROVIDER'
  | 'PARTNER';
export type ContributionStatus = 'PLEDGED' | 'COMMITTED' | 'PAID';

export interface PlannedOrganisation {
  /** e.g. `iati:XM-DAC-41114`, `reliefweb:1503`, `name:UNDP`. */
  key: string;
  identifiers: { scheme: IdentifierScheme; value: string }[];
  name: string;
  acronym?: string;
  /** Required when `createIfMissing`. */
  kind?: OrganisationKind;
  countryCode?: string;
  website?: string;
  /** False when the source only names it (posting text, JSON-LD): an unknown name is refused, never created. */
  createIfMissing: boolean;
}

/** An offer as createOffer takes it, its organisation named by the plan's key instead of an id. */
export interface PlannedOfferFields {
  title: string;
  reference?: string;
  organisationName: string;
  programmeIds?: string[];
  positions?: number;
  dutyStations?: { city: string; countryCode: string }[];
  countryCodes?: string[];
  contractType: ContractType;
  contractLabel?: string;
  grade?: string;
  durationMonths?: number;
  themes?: string[];
  languages?: { code: string; required: boolean }[];
  minExperienceYears?: number;
  education?: string;
  eligibility?: string;
  descriptionSections: { heading?: string | null; body: string }[];
  /** ISO 8601 instants. */
  postedAt?: string;
  deadline?: string;
  deadlineTimeZone?: string;
  /** True when the source says its zone is an assumption (a Passerelle JSON-LD's `passerelle:deadlineTimeZoneAssumed`). */
  deadlineTimeZoneAssumed?: boolean;
  deadlineStated?: string;
  applyUrl?: string;
  sourceUrl?: string;
  sourceLanguage?: string;
  status: 'DRAFT' | 'OPEN';
}

/** The fields of a planned offer that the offers' CreateOfferInput takes, in its order (what `missingFields` names). */
export const PLANNED_OFFER_FIELDS = [
  'title',
  'reference',
  'organisationName',
  'programmeIds',
  'positions',
  'dutyStations',
  'countryCodes',
  'contractType',
  'contractLabel',
  'grade',
  'durationMonths',
  'themes',
  'languages',
  'minExperienceYears',
  'education',
  'eligibility',
  'descriptionSections',
  'postedAt',
  'deadline',
  'deadlineTimeZone',
  'deadlineStated',
  'applyUrl',
  'sourceUrl',
  'sourceLanguage',
  'status',
] as const satisfies readonly (keyof PlannedOfferFields)[];

export interface PlannedOffer {
  key: string;
  source: SourceRecord;
  organisationKey: string;
  offer: PlannedOfferFields;
  /** The offer fields the source does not state (posting text): an editor completes them. */
  missingFields: string[];
}

export interface PlannedContribution {
  key: string;
  source: SourceRecord;
  donorKey: string;
  /** An exact decimal string and an ISO 4217 code, as Money. */
  amount: { amount: string; currency: string };
  status: ContributionStatus;
  /** YYYY-MM-DD. */
  date?: string;
}

export interface PlannedProgramme {
  key: string;
  source: SourceRecord;
  name: string;
  acronym?: string;
  kind: ProgrammeKind;
  description?: string;
  countryCodes?: string[];
  startDate?: string;
  endDate?: string;
  participants: { organisationKey: string; role: ParticipationRole }[];
  contributions: PlannedContribution[];
}

export type PlannedRecordType = 'ORGANISATION' | 'OFFER' | 'PROGRAMME' | 'CONTRIBUTION';

/** A record the parser could not read: the plan holds the reason and the field, never a guess. */
export interface RefusedRecord {
  type: PlannedRecordType;
  key: string;
  reason: string;
  /** Where in the source, e.g. `jobs[3].date.closing` or `iati-activity[1]/transaction[2]/value/@currency`. */
  field?: string;
}

export interface ImportPlan {
  format: ImportFormat;
  organisations: PlannedOrganisation[];
  offers: PlannedOffer[];
  programmes: PlannedProgramme[];
  refused: RefusedRecord[];
}

/** A document that cannot be read at all (malformed, too large, an XML bomb): nothing of it is planned. */
export class UnreadableDocument extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
