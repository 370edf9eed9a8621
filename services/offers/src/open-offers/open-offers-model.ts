import type { OfferScope } from '../offers/offer-conditions';
import type { OfferSortKey, OfferOrder } from '../offers/offer-order';
import { compareIds, isPlainId } from '../offers/offer-deadline-page';
import type { FacetCount } from '../offers/facet-count';
import { isOpenAt, openOfferOf, type OfferSource, type OpenOffer } from './open-offer';
import { TermIndex } from './term-index';
import { LOOSE_PENALTY } from '../offers/search-expansion';
import { misspeltTermsOf, searchPlanOf, type PlannedWord, type SearchPlan, type SearchRules } from './search-plan';
import { compareOfferIds, SortedOffers, type OrderKey } from './sorted-offers';
import { filterPlanOf, fieldTermsOf, fieldTerm, type FilterPlan } from './filter-plan';

export interface ModelMatch {
  offer: OpenOffer;
  relevance: number;
}

/** One page of open offers in order, and what the rest of the connection may ask, computed only when asked. */
export interface ModelPage {
  matches: ModelMatch[];
  totalCount: () => number;
  facet: <Value extends string>(valuesOf: (offer: OpenOffer) => readonly Value[] | Value) => FacetCount<Value>[];
}

/** Compaction runs when this share of an index's postings belongs to removed offers. */
const COMPACT_AT_DEAD_SHARE = 0.5;

/**
 * The open offers of one process, in memory: each offer's summary, lists and filterable
 * fields, an inverted index of its words, with today's word rules (search-terms.ts) and
 * score (title words weigh TITLE_WEIGHT), postings of its filter values (filter-plan.ts),
 * and the offers kept in each stored order (sorted-offers.ts). Queries are synchronous: no
 * other request interleaves with one. Whether an offer is still open is decided at query
 * time from its deadline.
 */
export class OpenOffersModel {
  private readonly offers = new Map<string, OpenOffer>();
  private readonly byDoc: (OpenOffer | undefined)[] = [];
  private readonly index = new TermIndex();
  /** Postings of each filter field's values ("country FR", "theme health"…), documents in ascending order. */
  private readonly fields = new TermIndex();
  private readonly byDeadline = new SortedOffers(this.byDoc, (offer) => offer.deadline, 1);
  private readonly byPosted = new SortedOffers(this.byDoc, (offer) => offer.postedAt, -1);
  /** The last version applied per offer, removed ones included, so that an older read never undoes a newer one. */
  private readonly versions = new Map<string, number>();
  /** Scratch space for a search, indexed by document: how many words matched, and the score. */
  private wordHits = new Uint16Array(0);
  private looseHits = new Uint8Array(0);
  private scoreSums = new Float64Array(0);
  /** Scratch space for a filter: the documents that pass it, and a per-request stamp by document. */
  private survivors = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;

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
    const fieldTerms = fieldTermsOf(offer);
    offer.fieldCount = fieldTerms.length;
    this.byDoc.push(offer);
    this.offers.set(offer.id, offer);
    this.index.add(offer.doc, terms);
    this.fields.add(
      offer.doc,
      fieldTerms.map((term): [string, number] => [term, 0]),
    );
    this.byDeadline.insert(offer);
    this.byPosted.insert(offer);
  }

  /** Sorts the stored orders now (after a whole load), rather than at the first request that needs them. */
  sortOrders(): void {
    this.byDeadline.ensure(this.offers.values());
    this.byPosted.ensure(this.offers.values());
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

  /**
   * The page of `limit` open offers in scope at `now` after `after` in `order`, with the same
   * order and ties as the SQL path: filters from their postings, smallest first; a stored
   * order walked from the cursor, or the survivors' smallest positions in it; relevance by a
   * bounded selection. Neither sorts every match.
   */
  page(scope: OfferScope, order: OfferOrder, limit: number, after: OfferSortKey | null, rules: SearchRules = 'forgiving'): ModelPage {
    const now = scope.now.getTime();
    const filter = filterPlanOf(scope, this.fields);
    if (scope.criteria.searchWords) {
      const found = this.searched(scope, filter, rules);
      const matches =
        order === 'RELEVANCE'
          ? pageByRelevance(found, limit, after)
          : this.pickInOrder(
              this.sortedBy(order),
              found.map((match) => match.offer.doc),
              found.length,
              limit,
              after,
            );
      const relevance = order === 'RELEVANCE' ? null : new Map(found.map((match) => [match.offer.doc, match.relevance]));
      return {
        matches: relevance ? matches.map((match) => ({ offer: match.offer, relevance: relevance.get(match.offer.doc)! })) : matches,
        totalCount: () => found.length,
        facet: (valuesOf) => facetOf(found, valuesOf),
      };
    }
    const sorted = this.sortedBy(order);
    const facet: ModelPage['facet'] = (valuesOf) => facetOf(this.match(scope), valuesOf);
    if (filter.unfiltered) {
      const matches: ModelMatch[] = [];
      const start = Math.max(after ? sorted.firstAfter(cursorKeyOf(after)) : 0, order === 'DEADLINE' ? this.firstOpenByDeadline(now) : 0);
      for (let index = start; index < sorted.length && matches.length < limit; index += 1) {
        const offer = this.byDoc[sorted.docAt(index)]!;
        if (isOpenAt(offer, now)) matches.push({ offer, relevance: 0 });
      }
      return { matches, totalCount: () => this.openCount(now), facet };
    }
    const count = this.filtered(filter, now);
    return { matches: this.pickInOrder(sorted, this.survivors, count, limit, after), totalCount: () => count, facet };
  }

  /** Every open offer in scope at `now`, with its relevance to its search (0 without one), in no particular order. */
  match(scope: OfferScope, rules: SearchRules = 'forgiving'): ModelMatch[] {
    const filter = filterPlanOf(scope, this.fields);
    if (scope.criteria.searchWords) return this.searched(scope, filter, rules);
    const now = scope.now.getTime();
    if (filter.unfiltered) {
      const matches: ModelMatch[] = [];
      for (const offer of this.offers.values()) if (isOpenAt(offer, now)) matches.push({ offer, relevance: 0 });
      return matches;
    }
    const count = this.filtered(filter, now);
    return Array.from(this.survivors.subarray(0, count), (doc) => ({ offer: this.byDoc[doc]!, relevance: 0 }));
  }

  /** How many open offers each organisation has at `now`. */
  openCounts(organisationIds: readonly string[], now: Date): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of new Set(organisationIds)) {
      let count = 0;
      for (const doc of this.fields.postingsOf(fieldTerm('organisation', id))?.docs ?? []) {
        const offer = this.byDoc[doc];
        if (offer && isOpenAt(offer, now.getTime())) count += 1;
      }
      if (count) counts.set(id, count);
    }
    return counts;
  }

  private sortedBy(order: OfferOrder): SortedOffers {
    const sorted = order === 'RECENT' ? this.byPosted : this.byDeadline;
    sorted.ensure(this.offers.values());
    return sorted;
  }

  /** Offers by deadline put the closed ones first: the open ones are a suffix. */
  private firstOpenByDeadline(now: number): number {
    this.byDeadline.ensure(this.offers.values());
    return this.byDeadline.firstWhere((offer) => isOpenAt(offer, now));
  }

  private openCount(now: number): number {
    return this.byDeadline.length - this.firstOpenByDeadline(now);
  }

  /** The `limit` documents of `docs` (the first `count`) that come first after `after` in `sorted`, by their positions in it. */
  private pickInOrder(
    sorted: SortedOffers,
    docs: ArrayLike<number>,
    count: number,
    limit: number,
    after: OfferSortKey | null,
  ): ModelMatch[] {
    sorted.ensure(this.offers.values());
    const from = after ? sorted.firstAfter(cursorKeyOf(after)) : 0;
    const kept: number[] = [];
    for (let index = 0; index < count; index += 1) {
      const position = sorted.positionOf(docs[index]!);
      if (position >= from) keepFirst(kept, position, limit, (a, b) => a - b);
    }
    return kept.map((position) => ({ offer: this.byDoc[sorted.docAt(position)]!, relevance: 0 }));
  }

  /**
   * Puts in `survivors` the open offers that pass the filter, and returns how many: the
   * smallest clause's postings, each tested against the other clauses' postings (binary
   * search), then against the date ranges. Without clauses (date ranges alone), every open offer.
   */
  private filtered(filter: FilterPlan, now: number): number {
    if (filter.impossible) return 0;
    this.ensureScratch();
    const { survivors, stamps } = this;
    let count = 0;
    const keep = (offer: OpenOffer | undefined) => {
      if (offer && isOpenAt(offer, now) && filter.passes(offer)) survivors[count++] = offer.doc;
    };
    const [first, ...rest] = filter.clauses;
    if (!first) {
      for (const offer of this.offers.values()) keep(offer);
      return count;
    }
    this.stamp = this.stamp >= 0xfffffffe ? (stamps.fill(0), 1) : this.stamp + 1;
    const stamp = this.stamp;
    for (const docs of first) {
      for (let index = 0; index < docs.length; index += 1) {
        const doc = docs[index]!;
        if (stamps[doc] === stamp) continue;
        stamps[doc] = stamp;
        if (rest.every((clause) => clause.some((other) => contains(other, doc)))) keep(this.byDoc[doc]);
      }
    }
    return count;
  }

  /** The open offers in scope that meet the search, with their relevance. */
  private searched(scope: OfferScope, filter: FilterPlan, rules: SearchRules): ModelMatch[] {
    if (filter.impossible) return [];
    const now = scope.now.getTime();
    return this.search(
      searchPlanOf(scope.criteria.searchWords!, this.index, rules),
      (offer) =>
        isOpenAt(offer, now) && filter.clauses.every((clause) => clause.some((docs) => contains(docs, offer.doc))) && filter.passes(offer),
    );
  }

  /**
   * Offers that meet every clause of the plan and `keep`, scored by the sum of the matched
   * terms' scores (each term once, as SQL sums an offer's matching index rows); an offer that
   * meets some clause only through a misspelling ranks below every offer matched exactly.
   */
  private search(plan: SearchPlan, keep: (offer: OpenOffer) => boolean): ModelMatch[] {
    if (!plan.clauses.length) return [];
    if (plan.clauses.every((alternatives) => alternatives.length === 1 && alternatives[0]!.length === 1)) {
      return this.searchWords(
        plan.clauses.map((alternatives) => alternatives[0]![0]!),
        keep,
      );
    }
    const met = this.meetClauses(plan);
    const scores = new Map<number, number>();
    for (const term of termsOf(plan.clauses.flat(2))) {
      const postings = this.index.postingsOf(term);
      postings?.docs.forEach((doc, position) => {
        if (met.has(doc)) scores.set(doc, (scores.get(doc) ?? 0) + postings.scores[position]!);
      });
    }
    const matches: ModelMatch[] = [];
    for (const [doc, exact] of met) {
      const offer = this.byDoc[doc];
      if (offer && keep(offer)) matches.push({ offer, relevance: (scores.get(doc) ?? 0) - (exact ? 0 : LOOSE_PENALTY) });
    }
    return matches;
  }

  /** The common case, each word a clause of its own, in typed scratch arrays by document: how many words matched, whether loosely, the score. */
  private searchWords(words: PlannedWord[], keep: (offer: OpenOffer) => boolean): ModelMatch[] {
    this.ensureScratch();
    const { wordHits, looseHits, scoreSums } = this;
    const touched: number[] = [];
    words.forEach((word, clause) => {
      const mark = (terms: string[], loose: boolean) => {
        for (const term of terms) {
          const docs = this.index.postingsOf(term)?.docs;
          if (!docs) continue;
          for (let index = 0; index < docs.length; index += 1) {
            const doc = docs[index]!;
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
    const all = words.length;
    for (const term of termsOf(words)) {
      const postings = this.index.postingsOf(term);
      if (!postings) continue;
      const { docs, scores } = postings;
      for (let index = 0; index < docs.length; index += 1) {
        const doc = docs[index]!;
        if (wordHits[doc] === all) scoreSums[doc] = scoreSums[doc]! + scores[index]!;
      }
    }
    const matches: ModelMatch[] = [];
    for (const doc of touched) {
      const offer = this.byDoc[doc];
      if (wordHits[doc] === all && offer && keep(offer))
        matches.push({ offer, relevance: scoreSums[doc]! - (looseHits[doc] ? LOOSE_PENALTY : 0) });
      wordHits[doc] = 0;
      looseHits[doc] = 0;
      scoreSums[doc] = 0;
    }
    return matches;
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
          for (const term of word.loose)
            for (const doc of this.index.postingsOf(term)?.docs ?? []) if (!wordDocs.has(doc)) wordDocs.set(doc, false);
          docs = docs ? both(docs, wordDocs) : wordDocs;
        }
        for (const [doc, exact] of docs ?? []) clause.set(doc, clause.get(doc) === true || exact);
      }
      met = met ? both(met, clause) : clause;
      if (!met.size) break;
    }
    return met ?? new Map<number, boolean>();
  }

  private ensureScratch(): void {
    if (this.wordHits.length >= this.byDoc.length) return;
    const size = Math.max(1024, this.byDoc.length * 2);
    this.wordHits = new Uint16Array(size);
    this.looseHits = new Uint8Array(size);
    this.scoreSums = new Float64Array(size);
    this.survivors = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.stamp = 0;
  }

  private drop(id: string): void {
    const offer = this.offers.get(id);
    if (!offer) return;
    this.byDeadline.remove(offer);
    this.byPosted.remove(offer);
    this.offers.delete(id);
    this.byDoc[offer.doc] = undefined;
    this.index.forget(offer.termCount);
    this.fields.forget(offer.fieldCount);
    const alive = (doc: number) => this.byDoc[doc] !== undefined;
    if (this.index.deadPostingShare > COMPACT_AT_DEAD_SHARE) this.index.compact(alive);
    if (this.fields.deadPostingShare > COMPACT_AT_DEAD_SHARE) this.fields.compact(alive);
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

/** Whether the ascending `docs` hold `doc`. */
function contains(docs: Int32Array, doc: number): boolean {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle]!;
    if (value === doc) return true;
    if (value < doc) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** The words' terms, exact and loose, each once. */
function termsOf(words: readonly PlannedWord[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    for (const term of word.exact) terms.add(term);
    for (const term of word.loose) terms.add(term);
  }
  return terms;
}

/** A cursor's key as a stored order's key. */
function cursorKeyOf([value, id]: OfferSortKey): OrderKey {
  return { value: typeof value === 'string' ? Date.parse(value) : null, id, plainId: isPlainId(id) };
}

const byRelevance = (a: ModelMatch, b: ModelMatch) => b.relevance - a.relevance || compareOfferIds(a.offer, b.offer);

/** The `limit` best matches after the cursor (relevance, then id), without sorting them all. */
function pageByRelevance(matches: ModelMatch[], limit: number, after: OfferSortKey | null): ModelMatch[] {
  const cursor = after ? { offer: { id: after[1], plainId: isPlainId(after[1]) } as OpenOffer, relevance: after[0] as number } : null;
  const kept: ModelMatch[] = [];
  for (const match of matches) {
    if (!cursor || byRelevance(match, cursor) > 0) keepFirst(kept, match, limit, byRelevance);
  }
  return kept;
}

/** Puts `item` in `kept` (in `compare` order, at most `limit` long) if it is among the first `limit` seen: a bounded selection, no full sort. */
function keepFirst<T>(kept: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  if (kept.length === limit && compare(item, kept[limit - 1]!) >= 0) return;
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(kept[middle]!, item) <= 0) low = middle + 1;
    else high = middle;
  }
  kept.splice(low, 0, item);
  if (kept.length > limit) kept.pop();
}

/** Counts of a field's values over the matches: the largest first, then by value, as the SQL path orders them. */
export function facetOf<Value extends string>(
  matches: ModelMatch[],
  valuesOf: (offer: OpenOffer) => readonly Value[] | Value,
): FacetCount<Value>[] {
  const counts = new Map<Value, number>();
  for (const { offer } of matches) {
    const values = valuesOf(offer);
    for (const value of typeof values === 'string' ? [values] : values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareIds(a.value, b.value));
}
