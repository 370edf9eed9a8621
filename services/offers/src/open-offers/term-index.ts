import { compareIds, isPlainId } from '../offers/offer-deadline-page';

/** One term's postings: parallel arrays of document numbers and their score for the term. */
export interface Postings {
  docs: Int32Array;
  scores: Uint32Array;
}

/** Postings as stored: typed arrays (4 bytes an entry, where a plain array of numbers takes 8 and more), grown by doubling. */
interface StoredPostings extends Postings {
  length: number;
}

const INITIAL_CAPACITY = 4;

/** Byte-wise order of folded terms, as both databases compare them; plain `<` agrees with it outside surrogate pairs. */
export function compareTerms(a: string, b: string): number {
  if (!isPlainId(a) || !isPlainId(b)) return compareIds(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An inverted index from search terms to documents (numbers the caller hands out), with
 * the sorted list of its terms for prefix ranges. Removal is lazy: a removed document's
 * postings stay until `compact` (the caller checks `alive` at query time).
 */
export class TermIndex {
  private readonly postings = new Map<string, StoredPostings>();
  /** Every term, in byte-wise order; rebuilt lazily after new terms arrive. */
  private sorted: string[] = [];
  private sortedIsCurrent = true;
  private stalePostings = 0;
  /** Changes whenever the set of terms does: what is derived from it (misspelling matches) is kept until then. */
  generation = 0;
  private livePostings = 0;

  get termCount(): number {
    return this.postings.size;
  }

  get deadPostingShare(): number {
    return this.stalePostings / Math.max(1, this.stalePostings + this.livePostings);
  }

  add(doc: number, terms: Iterable<[term: string, score: number]>): void {
    for (const [term, score] of terms) {
      let postings = this.postings.get(term);
      if (!postings) {
        postings = { docs: new Int32Array(INITIAL_CAPACITY), scores: new Uint32Array(INITIAL_CAPACITY), length: 0 };
        this.postings.set(term, postings);
        this.sortedIsCurrent = false;
        this.generation += 1;
      }
      if (postings.length === postings.docs.length) {
        const docs = new Int32Array(postings.length * 2);
        const scores = new Uint32Array(postings.length * 2);
        docs.set(postings.docs);
        scores.set(postings.scores);
        postings.docs = docs;
        postings.scores = scores;
      }
      postings.docs[postings.length] = doc;
      postings.scores[postings.length] = score;
      postings.length += 1;
      this.livePostings += 1;
    }
  }

  /** Counts a removed document's postings as dead (they are skipped by the caller, then dropped by `compact`). */
  forget(postingCount: number): void {
    this.livePostings -= postingCount;
    this.stalePostings += postingCount;
  }

  /** Drops the postings of documents no longer alive, and terms left with none. */
  compact(alive: (doc: number) => boolean): void {
    for (const [term, postings] of this.postings) {
      let kept = 0;
      for (let index = 0; index < postings.length; index += 1) {
        const doc = postings.docs[index]!;
        if (!alive(doc)) continue;
        postings.docs[kept] = doc;
        postings.scores[kept] = postings.scores[index]!;
        kept += 1;
      }
      postings.length = kept;
      if (!kept) {
        this.postings.delete(term);
        this.sortedIsCurrent = false;
        this.generation += 1;
      }
    }
    this.stalePostings = 0;
  }

  /** A term's postings, as views of the stored arrays (valid until the next change). */
  postingsOf(term: string): Postings | undefined {
    const postings = this.postings.get(term);
    if (!postings) return undefined;
    return { docs: postings.docs.subarray(0, postings.length), scores: postings.scores.subarray(0, postings.length) };
  }

  /** The terms that begin with `prefix`, in byte-wise order. */
  termsStartingWith(prefix: string): string[] {
    const terms = this.sortedTerms();
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTerms(terms[middle]!, prefix) < 0) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < terms.length && terms[index]!.startsWith(prefix); index += 1) found.push(terms[index]!);
    return found;
  }

  /** Every term, for scans that cannot use the order (edit distance). */
  allTerms(): readonly string[] {
    return this.sortedTerms();
  }

  private sortedTerms(): string[] {
    if (!this.sortedIsCurrent) {
      this.sorted = [...this.postings.keys()].sort(compareTerms);
      this.sortedIsCurrent = true;
    }
    return this.sorted;
  }
}
