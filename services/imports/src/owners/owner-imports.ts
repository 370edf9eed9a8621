import {
  PLANNED_OFFER_FIELDS,
  type PlannedOffer,
  type PlannedOfferFields,
  type PlannedOrganisation,
  type PlannedProgramme,
  type PlannedRecordType,
} from '../plan';
import { callOwner, type CallerHeaders, type OwnerEndpoint } from './owner-client';

/*
 * The owners' record-import mutations (@inaccessible: only this service calls them, directly
 * on each subgraph). Each matches its records, then creates, updates or leaves them in one
 * transaction of its own; `dryRun` rolls that transaction back.
 */

export type ImportChange = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

/** One record's result, whichever owner gave it. */
export interface OwnerResult {
  type: PlannedRecordType;
  key: string;
  change: ImportChange;
  /** Null when refused, or to be created by a dry run. */
  id: string | null;
  reason: string | null;
  field: string | null;
}

export interface OwnerCall {
  endpoint: OwnerEndpoint;
  caller: CallerHeaders;
  dryRun: boolean;
  applyValid: boolean;
}

/**
 * What createOffer takes of a planned offer: what a parser read beyond it
 * (`deadlineTimeZoneAssumed`) has no input to go to, and the closing date's words go only with
 * a deadline (createOffer refuses them alone; a posting text whose date could not be read
 * lists `deadline` among the fields an editor completes).
 */
function createOfferInputOf(offer: PlannedOfferFields): Partial<PlannedOfferFields> {
  const input: Partial<PlannedOfferFields> = Object.fromEntries(PLANNED_OFFER_FIELDS.map((field) => [field, offer[field]]));
  if (!input.deadline) delete input.deadlineStated;
  return input;
}

const IMPORT_ORGANISATIONS = `mutation ImportOrganisations($records: [OrganisationImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean!) {
  importOrganisations(records: $records, dryRun: $dryRun, applyValid: $applyValid) { key change organisationId reason field }
}`;

const IMPORT_PROGRAMMES = `mutation ImportProgrammes($records: [ProgrammeImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean!) {
  importProgrammes(records: $records, dryRun: $dryRun, applyValid: $applyValid) { key kind change id reason field }
}`;

const IMPORT_OFFERS = `mutation ImportOffers($records: [OfferImportRecord!]!, $dryRun: Boolean!, $applyValid: Boolean!) {
  importOffers(records: $records, dryRun: $dryRun, applyValid: $applyValid) { key change offerId reason field }
}`;

interface ResultFields {
  key: string;
  change: ImportChange;
  reason: string | null;
  field: string | null;
}

export async function importOrganisations(call: OwnerCall, organisations: PlannedOrganisation[]): Promise<OwnerResult[]> {
  if (organisations.length === 0) return [];
  const data = await callOwner<{ importOrganisations: (ResultFields & { organisationId: string | null })[] }>(
    call.endpoint,
    call.caller,
    IMPORT_ORGANISATIONS,
    { records: organisations, dryRun: call.dryRun, applyValid: call.applyValid },
  );
  return data.importOrganisations.map(({ organisationId, ...result }) => ({ ...result, type: 'ORGANISATION', id: organisationId }));
}

/** Programmes with their participants' and donors' organisation ids resolved. */
export async function importProgrammes(
  call: OwnerCall,
  programmes: PlannedProgramme[],
  organisationIdOf: (key: string) => string,
): Promise<OwnerResult[]> {
  if (programmes.length === 0) return [];
  const records = programmes.map(({ participants, contributions, ...programme }) => ({
    ...programme,
    participants: participants.map(({ organisationKey, role }) => ({ organisationId: organisationIdOf(organisationKey), role })),
    contributions: contributions.map(({ donorKey, ...contribution }) => ({ ...contribution, donorId: organisationIdOf(donorKey) })),
  }));
  const data = await callOwner<{ importProgrammes: (ResultFields & { kind: string; id: string | null })[] }>(
    call.endpoint,
    call.caller,
    IMPORT_PROGRAMMES,
    { records, dryRun: call.dryRun, applyValid: call.applyValid },
  );
  return data.importProgrammes.map(({ kind, ...result }) => ({ ...result, type: kind === 'CONTRIBUTION' ? 'CONTRIBUTION' : 'PROGRAMME' }));
}

/** Offers with their organisation's id resolved. */
export async function importOffers(
  call: OwnerCall,
  offers: PlannedOffer[],
  organisationIdOf: (key: string) => string,
): Promise<OwnerResult[]> {
  if (offers.length === 0) return [];
  const records = offers.map(({ key, source, organisationKey, offer }) => ({
    key,
    source,
    offer: { ...createOfferInputOf(offer), organisationId: organisationIdOf(organisationKey) },
  }));
  const data = await callOwner<{ importOffers: (ResultFields & { offerId: string | null })[] }>(call.endpoint, call.caller, IMPORT_OFFERS, {
    records,
    dryRun: call.dryRun,
    applyValid: call.applyValid,
  });
  return data.importOffers.map(({ offerId, ...result }) => ({ ...result, type: 'OFFER', id: offerId }));
}
