import { Column, Entity, PrimaryColumn } from 'typeorm';

/*
 * An offer's lists live in child tables rather than JSON columns: each is filtered on
 * (countries, cities, languages, themes, programmes) through its own index, and a page's
 * lists load in one statement for all its offers (offer-lists.ts), never one per offer.
 * `position` keeps the posting's order.
 */

@Entity('offer_duty_stations')
export class OfferDutyStation {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 100 })
  city!: string;

  /** The city folded for matching: "Port-au-Prince" → "port au prince". */
  @Column({ name: 'city_key', type: 'varchar', length: 100 })
  cityKey!: string;

  @Column({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;
}

/** Every country an offer is in: its duty stations' and those the posting names without a city. */
@Entity('offer_countries')
export class OfferCountry {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ name: 'country_code', type: 'varchar', length: 2 })
  countryCode!: string;

  @Column({ type: 'int' })
  position!: number;
}

@Entity('offer_languages')
export class OfferLanguage {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Column({ type: 'boolean' })
  required!: boolean;

  @Column({ type: 'int' })
  position!: number;
}

@Entity('offer_themes')
export class OfferTheme {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  theme!: string;

  @Column({ type: 'int' })
  position!: number;
}

/** The programmes an offer serves, by id: the programmes service owns them. */
@Entity('offer_programmes')
export class OfferProgramme {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ name: 'programme_id', type: 'varchar', length: 64 })
  programmeId!: string;

  @Column({ type: 'int' })
  position!: number;
}

/**
 * The search index: one row per distinct word of an offer's title and description,
 * with how often it occurs in each (see search-terms.ts for what a word is).
 */
@Entity('offer_terms')
export class OfferTerm {
  @PrimaryColumn({ name: 'offer_id', type: 'varchar', length: 64 })
  offerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  term!: string;

  @Column({ name: 'title_hits', type: 'int' })
  titleHits!: number;

  @Column({ name: 'body_hits', type: 'int' })
  bodyHits!: number;
}

export const OFFER_DETAIL_ENTITIES = [OfferDutyStation, OfferCountry, OfferLanguage, OfferTheme, OfferProgramme, OfferTerm];
