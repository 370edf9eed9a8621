import type { ImportPlan, PlannedOffer, PlannedOfferFields, PlannedOrganisation, RefusedRecord } from '../../plan';
import { UnreadableDocument } from '../../plan';
import { sectionsOfHtml } from './description-html';
import { offerProperties } from './offer-properties';
import {
  applyTargetOf,
  contractOfEmploymentType,
  deadlineOf,
  educationOf,
  experienceYearsOf,
  httpUrlOrRefuse,
  identifierOf,
  organisationOf,
  placesOf,
  positionsOf,
  postedAtOf,
} from './posting-fields';
import { contentHash, FieldRefusal, objectOrNull, readDateTime, textOrNull, type FeedParseContext } from './source-values';

/*
 * schema.org JobPosting JSON-LD (one posting, an array, or an @graph) as an import plan: the
 * inverse of the `jsonLd` an offer gives (services/offers/src/offers/offer-json-ld.ts), and
 * the postings career sites embed for search engines. What schema.org has no property for
 * comes from the `passerelle:` PropertyValues of `additionalProperty` when the posting has them.
 */
type JsonObject = Record<string, unknown>;

export function parseJobPostingJsonLd(content: string, context: FeedParseContext = {}): ImportPlan {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    throw new UnreadableDocument(`not JSON: ${(error as Error).message}`);
  }
  const now = context.now ?? new Date();
  const plan: ImportPlan = { format: 'JOB_POSTING_JSON_LD', organisations: [], offers: [], programmes: [], refused: [] };
  const { nodes, inGraph } = nodesOf(document);
  const byId = new Map(nodes.flatMap(({ node }) => (node && typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  for (const { node, path } of nodes) {
    // an @graph holds other nodes too (the Organization a posting points at); a list of postings, only postings
    if (inGraph && node && !isJobPosting(node)) continue;
    try {
      if (!node) throw new FieldRefusal(path, 'must be a JSON-LD object');
      if (!isJobPosting(node)) throw new FieldRefusal(at(path, '@type'), 'must be a schema.org JobPosting');
      const { offer, organisation } = plannedOffer(node, path, byId, now);
      if (plan.offers.some((planned) => planned.key === offer.key)) throw new FieldRefusal(at(path, 'url'), `repeats ${offer.key}`);
      plan.offers.push(offer);
      if (!plan.organisations.some((planned) => planned.key === organisation.key)) plan.organisations.push(organisation);
    } catch (error) {
      if (!(error instanceof FieldRefusal)) throw error;
      plan.refused.push(refusal(error, path));
    }
  }
  if (!plan.offers.length && !plan.refused.length) throw new UnreadableDocument('holds no schema.org JobPosting', '@type');
  return plan;
}

/** The document's nodes with where each is: `` for one posting, `[2]`, `@graph[2]`; null for an item that is no object. */
function nodesOf(document: unknown): { nodes: { node: JsonObject | null; path: string }[]; inGraph: boolean } {
  const list = (items: unknown[], prefix: string) =>
    items.map((item, index) => ({ node: objectOrNull(item), path: `${prefix}[${index}]` }));
  if (Array.isArray(document)) return { nodes: list(document, ''), inGraph: false };
  const object = objectOrNull(document);
  if (!object) throw new UnreadableDocument('must be a JSON-LD object, an array of them, or an @graph');
  if (Array.isArray(object['@graph'])) return { nodes: list(object['@graph'], '@graph'), inGraph: true };
  if (!isJobPosting(object)) throw new UnreadableDocument('must be a schema.org JobPosting', '@type');
  return { nodes: [{ node: object, path: '' }], inGraph: false };
}

function isJobPosting(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && /^(?:(?:https?:\/\/schema\.org\/)|schema:)?JobPosting$/.test(type));
}

function at(path: string, field: string): string {
  return path ? `${path}.${field}` : field;
}

function refusal(error: FieldRefusal, path: string): RefusedRecord {
  return { type: 'OFFER', key: path || 'JobPosting', reason: error.message, field: error.field };
}

function plannedOffer(
  node: JsonObject,
  path: string,
  byId: Map<string, JsonObject>,
  now: Date,
): { offer: PlannedOffer; organisation: PlannedOrganisation } {
  const field = (name: string) => at(path, name);
  const title = textOrNull(node.title) ?? textOrNull(node.name);
  if (!title) throw new FieldRefusal(field('title'), 'a posting needs a title');
  const organisation = organisationOf(node.hiringOrganization, byId, field('hiringOrganization'));
  const organisationName = organisation.name;
  const descriptionHtml = typeof node.description === 'string' ? node.description : '';
  const descriptionSections = sectionsOfHtml(descriptionHtml);
  if (!descriptionSections.length) throw new FieldRefusal(field('description'), 'a posting needs a description');
  const properties = offerProperties(node.additionalProperty, field('additionalProperty'));
  const identifier = identifierOf(node.identifier);
  const url = httpUrlOrRefuse(node.url, field('url'));
  const sourceId = url ?? identifier?.value;
  if (!sourceId) throw new FieldRefusal(field('url'), 'names neither its url nor an identifier: nothing recognises it on a later import');
  const missingFields: string[] = [];
  const { deadline, deadlineTimeZone } = deadlineOf(node.validThrough, properties.deadlineTimeZone, field('validThrough'));
  const posted = postedAtOf(node.datePosted, field('datePosted'));
  if (posted === 'date only') missingFields.push('postedAt');
  if (deadline && deadline.getTime() <= now.getTime()) {
    throw new FieldRefusal(
      field('validThrough'),
      `closed on ${deadline.toISOString()}: only postings still open are imported (an offer opened now would be closed at once)`,
    );
  }
  const places = placesOf(node.jobLocation, field('jobLocation'));
  const experience = experienceYearsOf(node.experienceRequirements, field('experienceRequirements'));
  if (experience === 'not in years') missingFields.push('minExperienceYears');
  const applyUrl = applyTargetOf(node.potentialAction, field('potentialAction')) ?? (node.directApply === true && url ? url : undefined);
  const fields: PlannedOfferFields = {
    title,
    reference: identifier && !identifier.ours ? identifier.value : undefined,
    organisationName,
    programmeIds: properties.programmeIds ?? [],
    positions: positionsOf(node.totalJobOpenings, field('totalJobOpenings')),
    dutyStations: places.dutyStations,
    countryCodes: places.countryCodes,
    contractType: properties.contractType ?? contractOfEmploymentType(node.employmentType, field('employmentType')),
    contractLabel: properties.contractLabel,
    grade: properties.grade,
    durationMonths: properties.durationMonths,
    themes: properties.themes ?? [],
    languages: properties.languages ?? [],
    minExperienceYears: typeof experience === 'number' ? experience : undefined,
    education: educationOf(node.educationRequirements),
    eligibility: textOrNull(node.eligibilityToWorkRequirement) ?? undefined,
    descriptionSections,
    postedAt: posted instanceof Date ? posted.toISOString() : undefined,
    deadline: deadline?.toISOString(),
    deadlineTimeZone,
    deadlineTimeZoneAssumed: deadline ? (properties.deadlineTimeZoneAssumed ?? false) : undefined,
    deadlineStated: deadline ? properties.deadlineStated : undefined,
    applyUrl,
    sourceUrl: url,
    sourceLanguage: properties.sourceLanguage,
    status: 'OPEN',
  };
  const modified = typeof node.dateModified === 'string' ? readDateTime(node.dateModified) : null;
  if (node.dateModified !== undefined && !modified?.instant) {
    throw new FieldRefusal(field('dateModified'), 'must be a date and time with its offset, e.g. 2024-05-02T10:00:00Z');
  }
  const offer: PlannedOffer = {
    key: `web:${sourceId}`,
    source: { system: 'WEB', id: sourceId, version: modified?.instant?.toISOString() ?? contentHash(node), url: url ?? null },
    organisationKey: organisation.key,
    offer: withoutUndefined(fields),
    missingFields,
  };
  return { offer, organisation };
}

function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
