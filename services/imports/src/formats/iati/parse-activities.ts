import { createHash } from 'node:crypto';
import { AmountError, isCalendarDate, isCurrency, toMinorUnits, type SourceRecord } from '@passerelle/subgraph-kit';
import {
  UnreadableDocument,
  type ImportPlan,
  type PlannedContribution,
  type PlannedOrganisation,
  type PlannedProgramme,
  type PlannedRecordType,
  type RefusedRecord,
} from '../../plan';
import {
  ACTIVITY_DATE_TYPES,
  CONTRIBUTION_BY_TRANSACTION_TYPE,
  ORGANISATION_KIND_BY_IATI_TYPE,
  PARTICIPATION_ROLE_BY_IATI_ROLE,
  POOLED_FUNDING_AID_TYPE,
} from './codelists';
import { attributeOf, childrenOf, firstChild, readXml, textOf, type XmlElement } from './read-xml';

/*
 * IATI activity files (standard 2.03): each iati-activity becomes a programme with its
 * participating organisations and, for each transaction that is a contribution, a
 * contribution. Fields of refused records are paths in the file, XPath-like and counted
 * from 1: `iati-activity[1]/transaction[2]/value/@currency`.
 */

/** A record left out of the plan, and why. */
class Refusal {
  constructor(
    readonly reason: string,
    readonly field: string,
  ) {}
}

interface Activity {
  element: XmlElement;
  path: string;
  id: string;
  /** The language of narratives that do not state theirs. */
  language: string | undefined;
  version: string;
}

/**
 * Reads an IATI activity file into a plan. Throws UnreadableDocument for a file that cannot be
 * read at all (a DOCTYPE or entity declaration, malformed XML, not an IATI 2 activity file).
 */
export function parseIatiActivities(content: string): ImportPlan {
  const root = firstChild(readXml(content), 'iati-activities');
  if (!root) throw new UnreadableDocument('not an IATI activity file: its root element must be iati-activities', 'iati-activities');
  const version = attributeOf(root, 'version');
  if (version && !version.startsWith('2.')) {
    throw new UnreadableDocument(`IATI ${version} files are not read; only version 2 (2.03)`, 'iati-activities/@version');
  }
  const plan = new PlanBuilder();
  childrenOf(root, 'iati-activity').forEach((element, index) => {
    const path = `iati-activity[${index + 1}]`;
    const id = textOf(firstChild(element, 'iati-identifier'));
    if (!id) return plan.refuse('PROGRAMME', path, new Refusal('the activity has no iati-identifier', `${path}/iati-identifier`));
    const activity: Activity = {
      element,
      path,
      id,
      language: (attributeOf(element, 'xml:lang') ?? attributeOf(root, 'xml:lang'))?.toLowerCase(),
      version: attributeOf(element, 'last-updated-datetime') ?? contentHashOf(element),
    };
    const programme = programmeOf(activity, plan);
    if (programme instanceof Refusal) plan.refuse('PROGRAMME', id, programme);
    else plan.programmes.push(programme);
  });
  return plan.result();
}

class PlanBuilder {
  private readonly organisations = new Map<string, PlannedOrganisation>();
  readonly programmes: PlannedProgramme[] = [];
  private readonly refused: RefusedRecord[] = [];

  /** The organisation under its key, planned once however many times the file names it. */
  organisation(organisation: PlannedOrganisation): string {
    if (!this.organisations.has(organisation.key)) this.organisations.set(organisation.key, organisation);
    return organisation.key;
  }

  refuse(type: PlannedRecordType, key: string, refusal: Refusal): void {
    this.refused.push({ type, key, reason: refusal.reason, field: refusal.field });
  }

  result(): ImportPlan {
    return {
      format: 'IATI_ACTIVITIES',
      organisations: [...this.organisations.values()],
      offers: [],
      programmes: this.programmes,
      refused: this.refused,
    };
  }
}

function programmeOf(activity: Activity, plan: PlanBuilder): PlannedProgramme | Refusal {
  const { element, path, id } = activity;
  const name = narrativeOf(firstChild(element, 'title'), activity.language);
  if (!name) return new Refusal('the activity has no title', `${path}/title/narrative`);
  const dates = datesOf(activity);
  if (dates instanceof Refusal) return dates;

  const participants: PlannedProgramme['participants'] = [];
  childrenOf(element, 'participating-org').forEach((org, index) => {
    const orgPath = `${path}/participating-org[${index + 1}]`;
    const roleCode = attributeOf(org, 'role');
    const role = roleCode ? PARTICIPATION_ROLE_BY_IATI_ROLE[roleCode] : undefined;
    const organisation = organisationOf(org, orgPath, activity.language);
    if (organisation instanceof Refusal) return plan.refuse('ORGANISATION', orgPath, organisation);
    if (!role) {
      return plan.refuse(
        'ORGANISATION',
        organisation.key,
        new Refusal(`unknown participating-org role ${JSON.stringify(roleCode ?? '')}`, `${orgPath}/@role`),
      );
    }
    const organisationKey = plan.organisation(organisation);
    if (!participants.some((known) => known.organisationKey === organisationKey && known.role === role))
      participants.push({ organisationKey, role });
  });

  const contributions: PlannedContribution[] = [];
  childrenOf(element, 'transaction').forEach((transaction, index) => {
    const contribution = contributionOf(activity, transaction, index + 1, plan);
    if (contribution instanceof Refusal) plan.refuse('CONTRIBUTION', transactionKeyOf(activity, transaction, index + 1), contribution);
    else if (contribution) contributions.push(contribution);
  });

  const description = descriptionOf(activity);
  const countryCodes = [
    ...new Set(childrenOf(element, 'recipient-country').flatMap((country) => attributeOf(country, 'code')?.toUpperCase() ?? [])),
  ];
  const aidType = attributeOf(firstChild(element, 'default-aid-type'), 'code');
  return {
    key: id,
    source: sourceOf(activity, id),
    name,
    kind: aidType === POOLED_FUNDING_AID_TYPE ? 'POOLED_FUND' : 'PROJECT',
    ...(description ? { description } : {}),
    ...(countryCodes.length ? { countryCodes } : {}),
    ...dates,
    participants,
    contributions,
  };
}

/**
 * The actual start and end, else the planned ones (activity-date types 2 and 4, else 1 and 3);
 * an end before the start is refused.
 */
function datesOf({ element, path }: Activity): { startDate?: string; endDate?: string } | Refusal {
  const byType = new Map<string, { date: string; field: string }>();
  for (const [index, activityDate] of childrenOf(element, 'activity-date').entries()) {
    const date = attributeOf(activityDate, 'iso-date');
    const type = attributeOf(activityDate, 'type');
    const field = `${path}/activity-date[${index + 1}]/@iso-date`;
    if (!date || !type) continue;
    if (!isDay(date)) return new Refusal(`${JSON.stringify(date)} is not a date the calendar has`, field);
    if (!byType.has(type)) byType.set(type, { date, field });
  }
  const start = byType.get(ACTIVITY_DATE_TYPES.actualStart) ?? byType.get(ACTIVITY_DATE_TYPES.plannedStart);
  const end = byType.get(ACTIVITY_DATE_TYPES.actualEnd) ?? byType.get(ACTIVITY_DATE_TYPES.plannedEnd);
  if (start && end && end.date < start.date)
    return new Refusal(`the activity ends (${end.date}) before it starts (${start.date})`, end.field);
  return { ...(start ? { startDate: start.date } : {}), ...(end ? { endDate: end.date } : {}) };
}

/** The general description (type 1, or the first without a type). */
function descriptionOf({ element, language }: Activity): string | undefined {
  const descriptions = childrenOf(element, 'description');
  const general = descriptions.find((description) => (attributeOf(description, 'type') ?? '1') === '1');
  return narrativeOf(general, language);
}

/**
 * A transaction that is a contribution (incoming funds or commitment, outgoing commitment,
 * disbursement); undefined for the other types. Its donor is the provider-org; without one,
 * the reporting organisation provides outgoing money, but who provided incoming money is unknown.
 */
function contributionOf(
  activity: Activity,
  transaction: XmlElement,
  position: number,
  plan: PlanBuilder,
): PlannedContribution | Refusal | undefined {
  const path = `${activity.path}/transaction[${position}]`;
  const typeCode = attributeOf(firstChild(transaction, 'transaction-type'), 'code');
  const type = typeCode ? CONTRIBUTION_BY_TRANSACTION_TYPE[typeCode] : undefined;
  if (!type) return undefined;

  const provider = firstChild(transaction, 'provider-org');
  const reporting = firstChild(activity.element, 'reporting-org');
  let donor: PlannedOrganisation | Refusal;
  if (provider && (attributeOf(provider, 'ref') || narrativeOf(provider, activity.language)))
    donor = organisationOf(provider, `${path}/provider-org`, activity.language);
  else if (!type.incoming && reporting) donor = organisationOf(reporting, `${activity.path}/reporting-org`, activity.language);
  else
    donor = new Refusal(
      'the transaction does not say who provided the money (no provider-org with a ref or a name)',
      `${path}/provider-org`,
    );
  if (donor instanceof Refusal) return donor;

  const value = firstChild(transaction, 'value');
  const amount = textOf(value);
  if (!amount) return new Refusal('the transaction has no value', `${path}/value`);
  const statedCurrency = attributeOf(value, 'currency');
  const currency = statedCurrency ?? attributeOf(activity.element, 'default-currency');
  const currencyField = statedCurrency ? `${path}/value/@currency` : `${activity.path}/@default-currency`;
  if (!currency)
    return new Refusal('no currency: neither the value nor the activity (default-currency) states one', `${path}/value/@currency`);
  if (!isCurrency(currency)) return new Refusal(`${JSON.stringify(currency)} is not an ISO 4217 currency code`, currencyField);
  try {
    toMinorUnits(amount, currency);
  } catch (error) {
    if (!(error instanceof AmountError)) throw error;
    return new Refusal(error.message, `${path}/value`);
  }

  const valueDate = attributeOf(value, 'value-date');
  const date = valueDate ?? attributeOf(firstChild(transaction, 'transaction-date'), 'iso-date');
  const dateField = valueDate ? `${path}/value/@value-date` : `${path}/transaction-date/@iso-date`;
  if (date && !isDay(date)) return new Refusal(`${JSON.stringify(date)} is not a date the calendar has`, dateField);

  const key = transactionKeyOf(activity, transaction, position);
  return {
    key,
    source: sourceOf(activity, key),
    donorKey: plan.organisation(donor),
    amount: { amount, currency },
    status: type.status,
    ...(date ? { date } : {}),
  };
}

/** The activity's identifier, '#', and the transaction's ref or else its position (from 1). */
function transactionKeyOf(activity: Activity, transaction: XmlElement, position: number): string {
  return `${activity.id}#${attributeOf(transaction, 'ref') ?? position}`;
}

/**
 * An organisation as the file names it: by its IATI identifier (created if missing), or by
 * its name alone (then only matched, never created).
 */
function organisationOf(element: XmlElement, path: string, language: string | undefined): PlannedOrganisation | Refusal {
  const ref = attributeOf(element, 'ref');
  const name = narrativeOf(element, language);
  const type = attributeOf(element, 'type');
  if (ref) {
    return {
      key: `iati:${ref}`,
      identifiers: [{ scheme: 'IATI', value: ref }],
      name: name ?? ref,
      // the file may not state the type: then OTHER, the kind for what the graph cannot tell
      kind: (type ? ORGANISATION_KIND_BY_IATI_TYPE[type] : undefined) ?? 'OTHER',
      createIfMissing: true,
    };
  }
  if (!name) return new Refusal('the organisation has neither a ref nor a name', `${path}/narrative`);
  return { key: `name:${name}`, identifiers: [], name, createIfMissing: false };
}

/** The narrative in the activity's language (a narrative without xml:lang is in it), else the first. */
function narrativeOf(element: XmlElement | undefined, language: string | undefined): string | undefined {
  const narratives = element ? childrenOf(element, 'narrative').filter((narrative) => textOf(narrative)) : [];
  const inLanguage = narratives.find((narrative) => (attributeOf(narrative, 'xml:lang')?.toLowerCase() ?? language) === language);
  return textOf(inLanguage ?? narratives[0]);
}

function sourceOf(activity: Activity, id: string): SourceRecord {
  return { system: 'IATI', id, version: activity.version, url: null };
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value);

/** The version of an activity that states no last-updated-datetime: a sha256 of what was read of it. */
function contentHashOf(element: XmlElement): string {
  return createHash('sha256').update(JSON.stringify(element)).digest('hex');
}
