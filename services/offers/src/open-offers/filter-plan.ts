import type { OfferScope } from '../offers/offer-conditions';
import type { OpenOffer } from './open-offer';
import type { TermIndex } from './term-index';

/** The filter fields the model keeps postings of, each with the values an offer has for it. */
const FIELDS = {
  organisation: (offer: OpenOffer) => [offer.organisationId],
  contract: (offer: OpenOffer) => [offer.contractType],
  country: (offer: OpenOffer) => offer.countryCodes,
  city: (offer: OpenOffer) => offer.cityKeys,
  programme: (offer: OpenOffer) => offer.programmeIds,
  theme: (offer: OpenOffer) => offer.themes,
  language: (offer: OpenOffer) => offer.languages,
} satisfies Record<string, (offer: OpenOffer) => readonly string[]>;

type Field = keyof typeof FIELDS;

/** A field's value as a term of the model's field index. */
export const fieldTerm = (field: Field, value: string) => `${field}\u0000${value}`;

/** The offer's terms in the field index, each once. */
export function fieldTermsOf(offer: OpenOffer): string[] {
  const terms = new Set<string>();
  for (const [field, valuesOf] of Object.entries(FIELDS) as [Field, (offer: OpenOffer) => readonly string[]][]) {
    for (const value of valuesOf(offer)) terms.add(fieldTerm(field, value));
  }
  return [...terms];
}

/**
 * The scope's conditions other than its search and status: one clause per listed field (an
 * offer passes it when it is in the postings of any wanted value), the smallest clause first,
 * and the date ranges, tested only on the offers that pass the clauses.
 */
export interface FilterPlan {
  clauses: Int32Array[][];
  /** A clause none of whose values any offer has: nothing passes. */
  impossible: boolean;
  /** No clause and no range: every open offer passes. */
  unfiltered: boolean;
  passes: (offer: OpenOffer) => boolean;
}

export function filterPlanOf(scope: OfferScope, fields: TermIndex): FilterPlan {
  const { criteria } = scope;
  const clauses: { postings: Int32Array[]; size: number }[] = [];
  let impossible = false;
  const anyOf = (field: Field, values: readonly (string | undefined)[]) => {
    const wanted = [...new Set(values.filter((value): value is string => value !== undefined))];
    if (!wanted.length) return;
    const postings = wanted.flatMap((value) => fields.postingsOf(fieldTerm(field, value))?.docs ?? []);
    if (!postings.length) impossible = true;
    clauses.push({ postings, size: postings.reduce((sum, docs) => sum + docs.length, 0) });
  };
  anyOf('organisation', [scope.organisationId]);
  anyOf('programme', [scope.programmeId]);
  anyOf('organisation', criteria.organisationIds);
  anyOf('contract', criteria.contractTypes);
  anyOf('country', criteria.countryCodes);
  anyOf('city', criteria.cityKeys);
  anyOf('programme', criteria.programmeIds);
  anyOf('theme', criteria.themes);
  anyOf('language', criteria.languages);

  const ranges: ((offer: OpenOffer) => boolean)[] = [];
  const within = (range: { from?: Date | null; to?: Date | null }, of: (offer: OpenOffer) => number | null) => {
    const from = range.from?.getTime();
    const to = range.to?.getTime();
    if (from !== undefined)
      ranges.push((offer) => {
        const value = of(offer);
        return value !== null && value >= from;
      });
    if (to !== undefined)
      ranges.push((offer) => {
        const value = of(offer);
        return value !== null && value < to;
      });
  };
  within(criteria.deadline, (offer) => offer.deadline);
  within(criteria.postedAt, (offer) => offer.postedAt);

  return {
    clauses: clauses.sort((a, b) => a.size - b.size).map((clause) => clause.postings),
    impossible,
    unfiltered: !impossible && !clauses.length && !ranges.length,
    passes: ranges.length ? (offer) => ranges.every((test) => test(offer)) : () => true,
  };
}
