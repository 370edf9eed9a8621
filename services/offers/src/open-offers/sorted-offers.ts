import { compareIds } from '../offers/offer-deadline-page';
import type { OpenOffer } from './open-offer';

/** Where an offer stands in a stored order: its sort value (epoch ms, or null: last) and its id. */
export interface OrderKey {
  value: number | null;
  id: string;
  plainId: boolean;
}

/** Byte-wise order of ids, as both databases compare them; plain `<` agrees with it outside surrogate pairs. */
export function compareOfferIds(a: { id: string; plainId: boolean }, b: { id: string; plainId: boolean }): number {
  if (a.plainId && b.plainId) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return compareIds(a.id, b.id);
}

/**
 * The live offers of the model in one stored order (by deadline, or by posting date, each
 * with nulls last and the id breaking ties, as the SQL path orders them), and each offer's
 * position in it: a page walks it from the cursor, a filtered page picks its survivors'
 * smallest positions. Built whole at its first read after a load, then kept by inserting and
 * removing one offer at a time (a shift of a typed array).
 */
export class SortedOffers {
  private docs = new Int32Array(0);
  private count = 0;
  /** By document: its index in `docs` (valid for live documents only). */
  private positions = new Int32Array(0);
  private built = false;

  constructor(
    /** The model's offers by document, read in place. */
    private readonly byDoc: readonly (OpenOffer | undefined)[],
    private readonly valueOf: (offer: OpenOffer) => number | null,
    /** 1: ascending values, -1: descending. */
    private readonly direction: 1 | -1,
  ) {}

  get length(): number {
    return this.count;
  }

  compare(a: OrderKey, b: OrderKey): number {
    if ((a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1;
    if (a.value !== b.value) return (a.value! - b.value!) * this.direction;
    return compareOfferIds(a, b);
  }

  keyOf(offer: OpenOffer): OrderKey {
    return { value: this.valueOf(offer), id: offer.id, plainId: offer.plainId };
  }

  insert(offer: OpenOffer): void {
    if (!this.built) return;
    const at = this.firstAfter(this.keyOf(offer));
    this.reserve(this.count + 1, offer.doc + 1);
    this.docs.copyWithin(at + 1, at, this.count);
    this.docs[at] = offer.doc;
    this.count += 1;
    this.renumber(at);
  }

  remove(offer: OpenOffer): void {
    if (!this.built) return;
    const at = this.positions[offer.doc]!;
    this.docs.copyWithin(at, at + 1, this.count);
    this.count -= 1;
    this.renumber(at);
  }

  /** Forgets the order: rebuilt from `offers` at the next read (after a whole load). */
  invalidate(): void {
    this.built = false;
  }

  /** Makes the order current, from every live offer when it was not built. */
  ensure(offers: Iterable<OpenOffer>): void {
    if (this.built) return;
    const all = [...offers].map((offer) => ({ key: this.keyOf(offer), doc: offer.doc }));
    all.sort((a, b) => this.compare(a.key, b.key));
    this.docs = new Int32Array(Math.max(1024, all.length * 2));
    this.positions = new Int32Array(Math.max(1024, this.byDoc.length * 2));
    all.forEach((entry, index) => {
      this.docs[index] = entry.doc;
    });
    this.count = all.length;
    this.renumber(0);
    this.built = true;
  }

  docAt(index: number): number {
    return this.docs[index]!;
  }

  positionOf(doc: number): number {
    return this.positions[doc]!;
  }

  /** The index of the first offer after `key` in this order. */
  firstAfter(key: OrderKey): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.keyOf(this.byDoc[this.docs[middle]!]!), key) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The index of the first offer for which `test` holds, given that it holds for every offer after it. */
  firstWhere(test: (offer: OpenOffer) => boolean): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.byDoc[this.docs[middle]!]!)) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  private renumber(from: number): void {
    for (let index = from; index < this.count; index += 1) this.positions[this.docs[index]!] = index;
  }

  private reserve(count: number, docs: number): void {
    if (count > this.docs.length) {
      const grown = new Int32Array(count * 2);
      grown.set(this.docs.subarray(0, this.count));
      this.docs = grown;
    }
    if (docs > this.positions.length) {
      const grown = new Int32Array(docs * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
  }
}
