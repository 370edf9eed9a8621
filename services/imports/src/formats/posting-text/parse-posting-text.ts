import { createHash } from 'node:crypto';
import type { SourceRecord } from '@passerelle/subgraph-kit';
import {
  PLANNED_OFFER_FIELDS,
  UnreadableDocument,
  type ImportPlan,
  type PlannedOffer,
  type PlannedOfferFields,
  type PlannedOrganisation,
} from '../../plan';
import { ImpossibleDate } from './dates';
import { readDeadline } from './deadline';
import {
  contractNamedIn,
  contractTypeOf,
  educationLines,
  eligibilityIn,
  gradeOf,
  minimumExperienceYears,
  monthsIn,
  positionsCountedIn,
  postsListedIn,
  readRecruitment,
  type Recruitment,
} from './facts';
import { hasKnownLabel, labelledValues, summaryLineIndexes, type LabelKind, type LabelledValue } from './labels';
import { detectLanguage, languageRequirements } from './languages';
import { readDutyPlaces } from './duty-places';
import { descriptionSections, headingOf } from './sections';
import { firstUrlIn, foldForComparison, linesOf, normaliseText, sentencesOf, type Line } from './text';

/** A posting page is a few tens of kilobytes; a megabyte of text is not one. */
export const MAX_POSTING_TEXT_BYTES = 1024 * 1024;

/** The fields `missingFields` is checked against: every offer field a plan may state. */
export const OFFER_FIELDS = PLANNED_OFFER_FIELDS;

/** Page furniture boards put above a posting's title. */
const CHROME = /^(fbpx|job|jobs|home|accueil|offre d'emploi|offres d'emploi|job posting|vacancy|vacancy announcement|share|print)$/i;

/**
 * Reads one plain-text job posting (as copied from its page) into a plan of one DRAFT offer
 * and the organisation it names, which must already exist (createIfMissing false). Fields
 * the text does not state stay empty and are listed in `missingFields`; nothing is guessed.
 * A text that is not a job posting (a programme's description) gives a refused record.
 */
export function parsePostingText(content: string): ImportPlan {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_POSTING_TEXT_BYTES) {
    throw new UnreadableDocument(`the text is ${bytes} bytes; a posting may be at most ${MAX_POSTING_TEXT_BYTES} bytes (1 MB)`, 'content');
  }
  const text = normaliseText(content);
  if (!text.trim()) throw new UnreadableDocument('the text is empty: paste the posting', 'content');

  const plan: ImportPlan = { format: 'POSTING_TEXT', organisations: [], offers: [], programmes: [], refused: [] };
  const source = sourceOf(content, text);
  const key = `${source.system.toLowerCase()}:${source.id}`;
  try {
    const reading = readPosting(text, source);
    if ('refusal' in reading) plan.refused.push({ type: 'OFFER', key, ...reading.refusal });
    else {
      plan.organisations.push(namedOrganisation(reading.organisationName));
      plan.offers.push({ key, ...reading.offer, organisationKey: `name:${reading.organisationName}` });
    }
  } catch (error) {
    if (!(error instanceof ImpossibleDate)) throw error;
    plan.refused.push({ type: 'OFFER', key, reason: `the deadline ${error.message}`, field: 'deadline' });
  }
  return plan;
}

/**
 * The organisation a posting names, for the owner to match (never to create): "UNOPS - United
 * Nations Office for Project Services" and "United Nations Office for Project Services (UNOPS)"
 * are split into name and acronym, each of which the owner matches on; the key keeps the words.
 */
function namedOrganisation(written: string): PlannedOrganisation {
  const named = { key: `name:${written}`, identifiers: [], createIfMissing: false };
  const acronymFirst = /^([\p{Lu}][\p{Lu}\d&-]{1,11})\s+[-–—]\s+(.{4,})$/u.exec(written);
  if (acronymFirst) return { ...named, name: (acronymFirst[2] ?? '').trim(), acronym: acronymFirst[1] };
  const acronymAfter = /^(.{4,}?)\s*\(([\p{Lu}][\p{Lu}\d&-]{1,11})\)$/u.exec(written);
  if (acronymAfter) return { ...named, name: (acronymAfter[1] ?? '').trim(), acronym: acronymAfter[2] };
  return { ...named, name: written };
}

/** The posting's URL when it states one; else the text itself, by its hash (whitespace does not make a new record). */
function sourceOf(content: string, text: string): SourceRecord {
  const version = `sha256:${sha256(content)}`;
  const url = postingUrl(linesOf(text));
  if (url) return { system: 'WEB', id: url, version, url };
  const canonical = text.replace(/\s+/g, ' ').trim();
  return { system: 'TEXT', id: `sha256:${sha256(canonical)}`, version, url: null };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function postingUrl(lines: Line[]): string | undefined {
  const link = labelledValues(lines, isHeading).get('link');
  return link && firstUrlIn(link.value);
}

const isHeading = (text: string): boolean => headingOf(text) !== null;

type Reading =
  { refusal: { reason: string; field?: string } } | { organisationName: string; offer: Omit<PlannedOffer, 'key' | 'organisationKey'> };

function readPosting(text: string, source: SourceRecord): Reading {
  const lines = linesOf(text);
  const labelled = labelledValues(lines, isHeading);
  const value = (kind: LabelKind): string | undefined => labelled.get(kind)?.value || undefined;
  const sentences = sentencesOf(text);
  const recruitments = sentences.map(readRecruitment).filter((found): found is Recruitment => found !== undefined);
  const headline = headlineOf(lines);

  const deadline = readDeadline(value('deadline'), text);
  const contractLabel = value('contract') ?? contractNamedIn(text);
  const signals = [
    deadline.deadlineStated,
    recruitments.length > 0,
    contractLabel,
    value('organisation'),
    hasPostingHeadings(lines),
  ].filter(Boolean);
  if (signals.length < 2) {
    return {
      refusal: {
        reason:
          'no job posting found in the text: it states no closing date, recruitment, contract, recruiting organisation ' +
          'or duties and requirements (a programme or organisation description is not imported as an offer)',
      },
    };
  }

  const organisationName = value('organisation') ?? recruitments.find((found) => found.organisation)?.organisation;
  if (!organisationName) {
    return {
      refusal: { reason: 'the text names no recruiting organisation ("Organization:" or "X recrute…")', field: 'organisationName' },
    };
  }

  const headlineRecruitment = headline && readRecruitment(headline.text);
  const title =
    value('title') ??
    (headline && !headlineRecruitment ? headline.text : headlineRecruitment?.title) ??
    recruitments.find((found) => found.title)?.title ??
    '';
  const listed = postsListedIn(title);
  const places = readDutyPlaces({ location: value('location'), listedCities: listed?.cities ?? [], recruitments, organisationName, text });
  const link = value('link') && firstUrlIn(value('link') ?? '');
  const requirementLines = lines.map((line) => line.text);
  const languages = languageRequirements([value('languages') ? `Languages: ${value('languages')}` : '', ...requirementLines]);

  const offer: PlannedOfferFields = {
    title,
    reference: value('reference') ?? (link ? referenceInUrl(link) : undefined),
    organisationName,
    positions:
      numberOrUndefined(value('positions')) ??
      listed?.positions ??
      recruitments.find((found) => found.positions)?.positions ??
      firstCount(sentences),
    dutyStations: places.dutyStations,
    countryCodes: places.countryCodes,
    contractType: contractLabel ? contractTypeOf(contractLabel) : 'UNSPECIFIED',
    contractLabel: contractLabel?.split(/:\s/)[0]?.trim(),
    grade: gradeOf(value('grade'), contractLabel),
    // "Durée : 12 mois", or the contract's own words ("Contrat : CDD de 12 mois")
    durationMonths: monthsIn(value('duration') ?? contractLabel?.split(/:\s/)[0] ?? ''),
    languages,
    minExperienceYears: minimumExperienceYears(requirementLines),
    education: educationLines(requirementLines),
    eligibility: eligibilityIn(sentences),
    descriptionSections: descriptionSections(lines, skippedLines(lines, labelled, headline)),
    ...deadline,
    applyUrl: link,
    sourceUrl: link,
    sourceLanguage: detectLanguage(text),
    status: 'DRAFT',
  };
  const stated = withoutEmpty(offer);
  return { organisationName, offer: { source, offer: stated, missingFields: OFFER_FIELDS.filter((field) => isMissing(stated, field)) } };
}

/** The posting's first line of content, past the board's furniture: its title, unless it is a heading or a label. */
function headlineOf(lines: Line[]): { text: string; index: number } | undefined {
  const index = lines.findIndex((line) => line.text && !CHROME.test(line.text));
  const line = lines[index];
  if (!line || isHeading(line.text) || line.text.split(' ').length > 25) return undefined;
  if (hasKnownLabel(line.text)) return undefined;
  return { text: line.text, index };
}

function hasPostingHeadings(lines: Line[]): boolean {
  return lines.some((line) =>
    /respons|duties|profil|qualif|competenc|taches|missions|requirements/.test(foldForComparison(headingOf(line.text) ?? '')),
  );
}

/** Lines read as fields rather than description: the summary labels, and the title (each time the page repeats it). */
function skippedLines(
  lines: Line[],
  labelled: Map<LabelKind, LabelledValue>,
  headline: { text: string; index: number } | undefined,
): Set<number> {
  const skipped = summaryLineIndexes(lines, labelled);
  // the block of labels a page opens with (contract, level, duration…) is fields, not description
  const firstHeading = lines.findIndex((line) => isHeading(line.text));
  lines.slice(0, Math.max(firstHeading, 0)).forEach((line, index) => {
    if (hasKnownLabel(line.text)) skipped.add(index);
  });
  const footer = lines.findIndex((line) =>
    /^(before applying\b|similar jobs$|apply$|apply now$|offres similaires$|partager$|share this)/i.test(line.text),
  );
  if (footer >= 0) for (let index = footer; index < lines.length; index++) skipped.add(index);
  if (headline && !readRecruitment(headline.text)) {
    lines.forEach((line, index) => {
      if (line.text === headline.text) skipped.add(index);
    });
  }
  return skipped;
}

function referenceInUrl(url: string): string | undefined {
  return /[?&](?:JobOpeningId|jobId|job_id|vacancyId|vacancy_id|vacancyNo|reqId|requisitionId)=([\w-]+)/i.exec(url)?.[1];
}

function numberOrUndefined(text: string | undefined): number | undefined {
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

function firstCount(sentences: string[]): number | undefined {
  for (const sentence of sentences) {
    const count = positionsCountedIn(sentence);
    if (count) return count;
  }
  return undefined;
}

function withoutEmpty(offer: PlannedOfferFields): PlannedOfferFields {
  const entries = Object.entries(offer).filter(
    ([, field]) => field !== undefined && field !== '' && !(Array.isArray(field) && field.length === 0),
  );
  return {
    ...(Object.fromEntries(entries) as Partial<PlannedOfferFields>),
    title: offer.title,
    organisationName: offer.organisationName,
    contractType: offer.contractType,
    descriptionSections: offer.descriptionSections,
    status: 'DRAFT',
  };
}

function isMissing(offer: PlannedOfferFields, field: keyof PlannedOfferFields): boolean {
  const given = offer[field];
  if (field === 'contractType') return given === 'UNSPECIFIED';
  // a post's countries are its duty stations' unless it names others; with stations, there is nothing to add
  if (field === 'countryCodes') return !offer.countryCodes?.length && !offer.dutyStations?.length;
  return given === undefined || given === '' || (Array.isArray(given) && given.length === 0);
}
