import { columnFactsOf } from '@passerelle/db';
import { Offer } from '../src/offers/offer.entity';
import type { OfferSource } from '../src/open-offers/open-offer';

type Required = 'id' | 'title' | 'description' | 'organisationId' | 'contractType' | 'lists';
type NullableField = { [Name in keyof OfferSource]-?: null extends OfferSource[Name] ? Name : never }[keyof OfferSource];

/** Null for each column the entity declares nullable: a new nullable column needs no line here. */
const NULLS = Object.fromEntries([...columnFactsOf(Offer)].filter(([, column]) => column.nullable).map(([name]) => [name, null])) as Record<
  NullableField,
  null
>;

/** An offer as the read model is fed it, its summary's other columns filled with plain values. */
export function openOfferSource(fields: Pick<OfferSource, Required> & Partial<OfferSource>): OfferSource {
  return {
    ...NULLS,
    version: 1,
    state: 'PUBLISHED',
    organisationName: fields.organisationId,
    positions: 1,
    deadlineTimeZoneAssumed: false,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...fields,
  };
}
