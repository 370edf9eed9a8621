import { badUserInput } from '@passerelle/subgraph-kit';
import type { Offer, OfferState } from './offer.entity';
import type { CreateOfferInput, UpdateOfferInput } from './offer-input';
import type { OfferLists } from './offer-child-writes';
import { descriptionText } from './offer-description';

/*
 * From a checked input (and, for an update, the offer as stored) to the columns to write.
 * Rules that involve several fields, or the stored offer, live here; each names the
 * input field a client would correct.
 *
 * Publication, as on a job board: an offer starts as a DRAFT that only its organisation's
 * editors (and admins) can see; `status: OPEN` publishes it (posted now unless `postedAt`
 * says otherwise); `closeOffer` closes it. A published offer never returns to draft: people
 * have seen it and links point to it. `status: OPEN` on a closed offer reopens it. Opening
 * needs a deadline still to come (or none), or the offer would be closed the moment it opened.
 */

export type OfferColumns = Omit<Offer, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

type Requested = 'DRAFT' | 'OPEN' | null | undefined;

/**
 * `Fields` when every one of its fields is a column of the same name and type; `never`
 * otherwise, so that an input field without a column of its own (a list, a nested object)
 * cannot be handed to TypeORM as one: map it, or take it out before.
 */
type ColumnsOnly<Fields> = [Exclude<keyof Fields, keyof OfferColumns>] extends [never] ? Fields : never;

/**
 * An offer published elsewhere, recorded as it stands (the seed's postings): published under
 * its own id, posted when the input says (or unknown), its deadline possibly past and never
 * announced, its zone possibly our assumption.
 */
export interface RecordedPosting {
  id: string;
  deadlineTimeZoneAssumed: boolean;
}

/**
 * The columns of a new offer: a draft, one `status: OPEN` publishes now, or a posting recorded
 * as it stands. An input field that is a column of the same name is copied as it is (null
 * when left out): a new plain field needs no line here.
 */
export function newOfferColumns(input: CreateOfferInput, now: Date, recorded?: RecordedPosting): OfferColumns {
  // the lists are written apart; the rest of what is not copied is decided below
  const {
    status,
    descriptionSections,
    dutyStations: _dutyStations,
    countryCodes: _countryCodes,
    languages: _languages,
    themes: _themes,
    programmeIds: _programmeIds,
    positions,
    postedAt: givenPostedAt,
    deadline: _deadline,
    deadlineTimeZone: _deadlineTimeZone,
    deadlineStated: _deadlineStated,
    ...copied
  } = input;
  const opening = status === 'OPEN';
  const postedAt = givenPostedAt ?? (opening && !recorded ? now : null);
  const given = deadlineColumns({ deadline: null, deadlineTimeZone: null, deadlineTimeZoneAssumed: false, deadlineStated: null }, input);
  const deadline = recorded && given.deadline ? { ...given, deadlineTimeZoneAssumed: recorded.deadlineTimeZoneAssumed } : given;
  if (!recorded) checkDeadline(deadline.deadline, postedAt, opening, now);
  const sections = descriptionSections.map(({ heading, body }) => ({ heading: heading ?? null, body }));
  return {
    ...(copied satisfies ColumnsOnly<typeof copied>),
    positions: positions ?? 1,
    description: descriptionText(sections),
    descriptionSections: sections,
    postedAt,
    ...deadline,
    state: opening || recorded ? 'PUBLISHED' : 'DRAFT',
    closedAt: null,
    unannouncedDeadline: opening && !recorded ? deadline.deadline : null,
  };
}

/** A new offer's lists: empty where the input gives none. */
export function newOfferLists(input: CreateOfferInput): OfferLists {
  return {
    places: { dutyStations: input.dutyStations ?? [], countryCodes: input.countryCodes ?? [] },
    languages: input.languages ?? [],
    themes: input.themes ?? [],
    programmeIds: input.programmeIds ?? [],
  };
}

/** The columns an update changes (its lists are written apart, see offer-writes.ts). */
export function changedColumns(current: Offer, input: UpdateOfferInput, now: Date): Partial<OfferColumns> {
  // the lists are written apart; the deadline's fields by deadlineColumns; the rest is copied
  const {
    status,
    descriptionSections,
    dutyStations,
    countryCodes,
    languages,
    themes,
    programmeIds,
    deadline: _deadline,
    deadlineTimeZone,
    deadlineStated,
    ...copied
  } = input;
  const columns: Partial<OfferColumns> = copied satisfies ColumnsOnly<typeof copied>;
  const changes: Partial<OfferColumns> = { ...columns, ...deadlineColumns(current, input) };
  if (descriptionSections) {
    changes.descriptionSections = descriptionSections.map(({ heading, body }) => ({ heading: heading ?? null, body }));
    changes.description = descriptionText(changes.descriptionSections);
  }
  const state = nextState(current.state, status);
  if (state !== current.state) changes.state = state;
  if (current.state === 'DRAFT' && state === 'PUBLISHED') changes.postedAt = input.postedAt ?? current.postedAt ?? now;
  if (current.state === 'CLOSED' && state === 'PUBLISHED') changes.closedAt = null;
  const postedAt = changes.postedAt !== undefined ? changes.postedAt : current.postedAt;
  const deadline = changes.deadline !== undefined ? changes.deadline : current.deadline;
  checkDeadline(deadline, postedAt, status === 'OPEN', now);
  // A new deadline, or a new state, is a deadline still to announce (when published); an edit
  // of anything else leaves the announcement as it is, so a passed deadline is told once.
  if (state !== current.state || deadline?.getTime() !== current.deadline?.getTime()) {
    changes.unannouncedDeadline = state === 'PUBLISHED' ? deadline : null;
  }
  return changes;
}

function nextState(current: OfferState, requested: Requested): OfferState {
  if (!requested) return current;
  if (requested === 'OPEN') return 'PUBLISHED';
  if (current !== 'DRAFT') {
    throw badUserInput('input.status', 'a published offer cannot return to draft: people have seen it; close it with closeOffer');
  }
  return 'DRAFT';
}

type DeadlineColumns = Pick<Offer, 'deadline' | 'deadlineTimeZone' | 'deadlineTimeZoneAssumed' | 'deadlineStated'>;

/**
 * A deadline is an instant plus the zone it was stated in: one needs the other. Clearing the
 * deadline clears its zone and words; a new deadline without new words drops the old words,
 * which no longer describe it. A zone a writer gives is stated, not assumed.
 */
function deadlineColumns(
  current: DeadlineColumns,
  input: Pick<UpdateOfferInput, 'deadline' | 'deadlineTimeZone' | 'deadlineStated'>,
): DeadlineColumns {
  const givenDeadline = input.deadline !== undefined;
  const deadline = givenDeadline ? (input.deadline ?? null) : current.deadline;
  if (!deadline) {
    if (input.deadlineTimeZone) throw badUserInput('input.deadlineTimeZone', 'input.deadlineTimeZone needs a deadline');
    if (input.deadlineStated) throw badUserInput('input.deadlineStated', 'input.deadlineStated needs a deadline');
    return { deadline: null, deadlineTimeZone: null, deadlineTimeZoneAssumed: false, deadlineStated: null };
  }
  const givenZone = input.deadlineTimeZone !== undefined;
  const deadlineTimeZone = givenZone ? (input.deadlineTimeZone ?? null) : current.deadlineTimeZone;
  if (!deadlineTimeZone) {
    throw badUserInput(
      'input.deadlineTimeZone',
      'input.deadlineTimeZone is required with a deadline: the IANA zone it is stated in, e.g. "Africa/Kinshasa"',
    );
  }
  const moved = givenDeadline && deadline.getTime() !== current.deadline?.getTime();
  const deadlineStated = input.deadlineStated !== undefined ? (input.deadlineStated ?? null) : moved ? null : current.deadlineStated;
  return {
    deadline,
    deadlineTimeZone,
    deadlineTimeZoneAssumed: givenDeadline || givenZone ? false : current.deadlineTimeZoneAssumed,
    deadlineStated,
  };
}

function checkDeadline(deadline: Date | null, postedAt: Date | null, opening: boolean, now: Date): void {
  if (opening && deadline && deadline.getTime() <= now.getTime()) {
    throw badUserInput('input.deadline', 'input.deadline has passed: an offer opened now would be closed at once; give a later deadline');
  }
  if (deadline && postedAt && deadline.getTime() <= postedAt.getTime()) {
    throw badUserInput('input.deadline', 'input.deadline must come after the offer is posted (input.postedAt)');
  }
}
