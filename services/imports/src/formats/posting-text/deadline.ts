import type { PlannedOfferFields } from '../../plan';
import { firstDateIn, firstZoneIn, instantInZone, timeOfDayIn } from './dates';
import { foldForComparison, sentencesOf } from './text';

type DeadlineFields = Pick<PlannedOfferFields, 'deadline' | 'deadlineTimeZone' | 'deadlineStated'>;

/** Sentences that give the closing date ("Application deadline is 18 December 2015 EST."). */
const DEADLINE_SENTENCE =
  /\b(deadline|closing date|closes on|apply by|apply before|date limite|date de cloture|cloture des candidatures|avant le)\b/;
/** Sentences that say when on the closing day it closes and by which clock. */
const CLOSING_TIME_SENTENCE = /\b(deadline|closing date|closes|date de cloture|date limite|prend fin|cloture)\b/;
/** Where the clause naming the hour starts: "à minuit, heure de Copenhague…", "at 5 pm New York time". */
const TIME_CLAUSE = /(?<=^|\s)(?:à|at|by|before|avant)\s+(?:minuit|midnight|\d{1,2}(?:[:h]\d{2})?\s*(?:am|pm|h)?)\b/i;

/**
 * The deadline from the labelled value (or, without one, the first sentence giving it): its
 * words as written, and, when the posting states a zone (on the same line, or in a sentence
 * about the closing time), the instant it closes in that zone: the end of the day unless a
 * time is stated. Without a zone nothing is computed: the zone is not ours to guess.
 */
export function readDeadline(labelled: string | undefined, text: string): DeadlineFields {
  const source =
    labelled ?? sentencesOf(text).find((sentence) => DEADLINE_SENTENCE.test(foldForComparison(sentence)) && firstDateIn(sentence));
  const date = source && firstDateIn(source);
  if (!source || !date) return {};
  const sameLine = source.slice(date.end);
  const zoneHere = firstZoneIn(sameLine);
  const stated = source
    .slice(date.end - date.written.length)
    .replace(/[.;]\s*$/, '')
    .trim();
  const clause = zoneHere ? undefined : closingTimeClause(text);
  const zone = zoneHere?.zone ?? (clause && firstZoneIn(clause)?.zone);
  if (!zone) return { deadlineStated: stated };
  const time = timeOfDayIn(zoneHere ? sameLine : (clause ?? '')) ?? '24:00';
  return {
    deadline: instantInZone(date.date, time, zone),
    deadlineTimeZone: zone,
    deadlineStated: clause ? `${stated}, ${clause}` : stated,
  };
}

/** The clause of a closing-time sentence from its hour on, without the final stop. */
function closingTimeClause(text: string): string | undefined {
  for (const sentence of sentencesOf(text)) {
    if (!CLOSING_TIME_SENTENCE.test(foldForComparison(sentence))) continue;
    const start = TIME_CLAUSE.exec(sentence);
    if (!start) continue;
    const clause = sentence.slice(start.index).replace(/[.;]\s*$/, '');
    if (firstZoneIn(clause)) return clause;
  }
  return undefined;
}
