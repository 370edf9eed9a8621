import type { OfferScope } from '../offers/offer-conditions';
import type { OfferSortKey, OfferOrder } from '../offers/offer-order';
import { compareIds } from '../offers/offer-deadline-page';
import { isOpenAt, openOfferOf, type OfferSource, type OpenOffer } from './open-offer';
import { TermIndex } from './term-index';
import { LOOSE_PENALTY } from '../offers/search-expansion';
import { misspeltTermsOf, searchPlanOf, type PlannedWord, type SearchPlan, type SearchRules } from './search-plan';

export interface ModelMatch {
  offer: OpenOffer;
  relevance: number;
}

export interface FacetCount<Value> {
  value: Value;
  count: number;
}

/** Compaction runs when this share of the index's postings belongs to removed offers. */
const COMPACT_AT_DEAD_SHARE = 0.5;

/**
 * The open offers of one process, in memory: each offer's filterable fields and an inverted
 * index of its words, with today's word rules (search-terms.ts) and score (title words
 * weigh TITLE_WEIGHT). Queries are synchronous: no other request interleaves with one.
 * Whether an offer is still open is decided at query time from its deadline.
 */
export class OpenOffersModel {
  private readonly offers = new Map<string, OpenOffer>();
  private readonly byDoc: (OpenOffer | undefined)[] = [];
  private readonly index = new TermIndex();
  /** The last version applied per offer, removed ones included, so that an older read never undoes a newer one. */
  private readonly versions = new Map<string, number>();
  /** Scratch space for a search, indexed by document: how many words matched, and the score. */
  private wordHits = new Uint16Array(0);
  private looseHits = new Uint8Array(0);

  get size(): number {
    return this.offers.size;
  }

  get termCount(): number {
    return this.index.termCount;
  }

  /** Takes in the offer as it now stands: kept if published (open or not yet pruned), dropped otherwise. */
  apply(source: OfferSource): void {
    const known = this.versions.get(source.id);
    if (known !== undefined && known > source.version) return;
    this.versions.set(source.id, source.version);
    this.drop(source.id);
    if (source.state !== 'PUBLISHED') return;
    const { offer, terms } = openOfferOf(source, this.byDoc.length);
    this.byDoc.push(offer);
    this.offers.set(offer.id, offer);
    this.index.add(offer.doc, terms);
  }

  /** Forgets an offer gone from the database (or unknown to it). */
  remove(id: string): void {
    this.drop(id);
  }

  has(id: string): boolean {
    return this.offers.has(id);
  }

  /** Drops offers whose deadline has passed: they were already left out of every answer. */
  prune(now: number): void {
    for (const offer of this.offers.values()) if (!isOpenAt(offer, now)) this.drop(offer.id);
  }

  /** The model's terms within a spelling's allowed edits: what a misspelling may stand for among open offers. */
  misspeltTerms(spelling: string): readonly string[] {
    return misspeltTermsOf(spelling, this.index);
  }

  /** The open offers in scope at `now`, with their relevance to its search (0 without one). */
  match(scope: OfferScope, rules: SearchRules = 'forgiving'): ModelMatch[] {
    const { criteria } = scope;
    const now = scope.now.getTime();
    const keep = filterOf(scope);
    if (!criteria.searchWords) {
      const matches: ModelMatch[] = [];
      for (const offer of this.offers.values()) if (isOpenAt(offer, now) && keep(offer)) matches.push({ offer, relevance: 0 });
      return matches;
    }
    return this.search(searchPlanOf(criteria.searchWords, this.index, rules)).filter(
      ({ offer }) => isOpenAt(offer, now) && keep(offer),
    );
  }

  /** How many open offers each organisation has at `now`. */
  openCounts(organisationIds: readonly string[], now: Date): Map<string, number> {
    const wanted = new Set(organisationIds);
    const counts = new Map<string, number>();
    for (const offer of this.offers.values()) {
      if (wanted.has(offer.organisationId) && isOpenAt(offer, now.getTime())) {
        counts.set(offer.organisationId, (counts.get(offer.organisationId) ?? 0) + 1);
      }
    }
    return counts;
  }

  /**
   * Offers that meet every clause of the plan, scored by the sum of the matched terms' scores
   * (each term once, as SQL sums an offer's matching index rows); an offer that meets some
   * clause only through a misspelling ranks below every offer matched exactly.
   */
  private search(plan: SearchPlan): ModelMatch[] {
    if (!plan.clauses.length) return [];
    const met = plan.clauses.every((alternatives) => alternatives.length === 1 && alternatives[0]!.length === 1)
      ? this.meetWords(plan.clauses.map((alternatives) => alternatives[0]![0]!))
      : this.meetClauses(plan);
    const scores = new Map<number, number>();
    const scored = new Set<string>();
    for (const alternatives of plan.clauses) {
      for (const word of alternatives.flat()) {
        for (const term of [...word.exact, ...word.loose]) {
          if (scored.has(term)) continue;
          scored.add(term);
          const postings = this.index.postingsOf(term);
          postings?.docs.forEach((doc, position) => {
            if (met.has(doc)) scores.set(doc, (scores.get(doc) ?? 0) + postings.scores[position]!);
          });
        }
      }
    }
    const matches: ModelMatch[] = [];
    for (const [doc, exact] of met) {
      const offer = this.byDoc[doc];
      if (offer) matches.push({ offer, relevance: (scores.get(doc) ?? 0) - (exact ? 0 : LOOSE_PENALTY) });
    }
    return matches;
  }

  /** Documents that meet every word (each a clause of its own): whether each did so exactly. Typed arrays: the common case, kept fast. */
  private meetWords(words: PlannedWord[]): Map<number, boolean> {
    this.ensureScratch();
    const { wordHits, looseHits } = this;
    const touched: number[] = [];
    words.forEach((word, clause) => {
      const mark = (terms: string[], loose: boolean) => {
        for (const term of terms) {
          for (const doc of this.index.postingsOf(term)?.docs ?? []) {
            if (wordHits[doc] !== clause) continue;
            if (clause === 0) touched.push(doc);
            wordHits[doc] = clause + 1;
            if (loose) looseHits[doc] = 1;
          }
        }
      };
      mark(word.exact, false);
      mark(word.loose, true);
    });
    const met = new Map<number, boolean>();
    for (const doc of touched) {
      if (wordHits[doc] === words.length && this.byDoc[doc]) met.set(doc, looseHits[doc] === 0);
      wordHits[doc] = 0;
      looseHits[doc] = 0;
    }
    return met;
  }

  /** Documents that meet every clause, with synonym alternatives: whether each did so exactly. */
  private meetClauses(plan: SearchPlan): Map<number, boolean> {
    let met: Map<number, boolean> | null = null;
    for (const alternatives of plan.clauses) {
      const clause = new Map<number, boolean>();
      for (const alternative of alternatives) {
        let docs: Map<number, boolean> | null = null;
        for (const word of alternative) {
          const wordDocs = new Map<number, boolean>();
          for (const term of word.exact) for (const doc of this.index.postingsOf(term)?.docs ?? []) wordDocs.set(doc, true);
          for (const term of word.loose) for (const doc of this.index.postingsOf(term)?.docs ?? []) if (!wordDocs.has(doc)) wordDocs.set(doc, false);
          docs = docs ? both(docs, wordDocs) : wordDocs;
        }
        for (const [doc, exact] of docs ?? []) clause.set(doc, clause.get(doc) === true || exact);
      }
      met = met ? both(met, clause) : clause;
      if (!met.size) break;
    }
    return met ?? new Map();
  }

  private ensureScratch(): void {
    if (this.wordHits.length >= this.byDoc.length) return;
    const size = Math.max(1024, this.byDoc.length * 2);
    this.wordHits = new Uint16Array(size);
    this.looseHits = new Uint8Array(size);
  }

  private drop(id: string): void {
    const offer = this.offers.get(id);
    if (!offer) return;
    this.offers.delete(id);
    this.byDoc[offer.doc] = undefined;
    this.index.forget(offer.termCount);
    if (this.index.deadPostingShare > COMPACT_AT_DEAD_SHARE) this.index.compact((doc) => this.byDoc[doc] !== undefined);
  }
}

/** Documents in both, exact when exact in both. */
function both(a: Map<number, boolean>, b: Map<number, boolean>): Map<number, boolean> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const result = new Map<number, boolean>();
  for (const [doc, exact] of small) {
    const other = large.get(doc);
    if (other !== undefined) result.set(doc, exact && other);
  }
  return result;
}


/** The scope's conditions other than its search and status, as one test of an offer. */
function filterOf(scope: OfferScope): (offer: OpenOffer) => boolean {
  const { criteria } = scope;
  const tests: ((offer: OpenOffer) => boolean)[] = [];
  const anyOf = (values: readonly string[], of: (offer: OpenOffer) => readonly string[]) => {
    if (!values.length) return;
    const wanted = new Set(values);
    tests.push((offer) => of(offer).some((value) => wanted.has(value)));
  };
  const oneOf = (values: readonly string[], of: (offer: OpenOffer) => string) => {
    if (!values.length) return;
    const wanted = new Set(values);
    tests.push((offer) => wanted.has(of(offer)));
  };
  const within = (range: { from?: Date | null; to?: Date | null }, of: (offer: OpenOffer) => number | null) => {
    const from = range.from?.getTime();
    const to = range.to?.getTime();
    if (from !== undefined) tests.push((offer) => of(offer) !== null && of(offer)! >= from);
    if (to !== undefined) tests.push((offer) => of(offer) !== null && of(offer)! < to);
  };
  if (scope.organisationId) oneOf([scope.organisationId], (offer) => offer.organisationId);
  if (scope.programmeId) anyOf([scope.programmeId], (offer) => offer.programmeIds);
  oneOf(criteria.organisationIds, (offer) => offer.organisationId);
  oneOf(criteria.contractTypes, (offer) => offer.contractType);
  anyOf(criteria.countryCodes, (offer) => offer.countryCodes);
  anyOf(criteria.cityKeys, (offer) => offer.cityKeys);
  anyOf(criteria.programmeIds, (offer) => offer.programmeIds);
  anyOf(criteria.themes, (offer) => offer.themes);
  anyOf(criteria.languages, (offer) => offer.languages);
  within(criteria.deadline, (offer) => offer.deadline);
  within(criteria.postedAt, (offer) => offer.postedAt);
  return (offer) => tests.every((test) => test(offer));
}

/** The page of `limit` matches after `after` in `order`, in order; the same order and ties as the SQL path. */
export function pageOf(matches: ModelMatch[], order: OfferOrder, limit: number, after: OfferSortKey | null): ModelMatch[] {
  const compare = comparatorOf(order);
  const following = after ? matches.filter((match) => compare(match, keyMatch(order, after)) > 0) : matches;
  return smallest(following, limit, compare);
}

/** The `count` smallest items in order, without sorting them all. */
function smallest<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= count * 4) return [...items].sort(compare).slice(0, count);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1]!) >= 0) continue;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** A stand-in match at the cursor's position, to compare matches with. */
function keyMatch(order: OfferOrder, [value, id]: OfferSortKey): ModelMatch {
  const instant = typeof value === 'string' ? Date.parse(value) : null;
  const offer = { id, deadline: instant, postedAt: instant } as OpenOffer;
  return { offer, relevance: typeof value === 'number' ? value : 0 };
}

function comparatorOf(order: OfferOrder): (a: ModelMatch, b: ModelMatch) => number {
  if (order === 'RELEVANCE') return (a, b) => b.relevance - a.relevance || compareIds(a.offer.id, b.offer.id);
  const valueOf = order === 'DEADLINE' ? (match: ModelMatch) => match.offer.deadline : (match: ModelMatch) => match.offer.postedAt;
  const direction = order === 'DEADLINE' ? 1 : -1;
  return (a, b) => {
    const left = valueOf(a);
    const right = valueOf(b);
    if ((left === null) !== (right === null)) return left === null ? 1 : -1;
    return (left !== null && right !== null ? (left - right) * direction : 0) || compareIds(a.offer.id, b.offer.id);
  };
}

/** Counts of a field's values over the matches: the largest first, then by value, as the SQL path orders them. */
export function facetOf<Value extends string>(matches: ModelMatch[], valuesOf: (offer: OpenOffer) => readonly Value[] | Value): FacetCount<Value>[] {
  const counts = new Map<Value, number>();
  for (const { offer } of matches) {
    const values = valuesOf(offer);
    for (const value of typeof values === 'string' ? [values] : values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareIds(a.value, b.value));
}
