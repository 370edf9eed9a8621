import { generateContributions } from '../dataset/contributions';
import { offerId } from '../dataset/offers';
import { generateOrganisations } from '../dataset/organisations';
import { COUNTRY_WEIGHTS } from '../dataset/places';
import { Random, Zipf, seedFor } from '../dataset/prng';
import { generateProgrammes } from '../dataset/programmes';
import { sentenceBank } from '../dataset/sentences';
import type { DatasetSpec } from '../dataset/spec';
import { CONTRACT_TYPE_WEIGHTS, ROLES_EN, THEMES } from '../dataset/vocabulary';

/**
 * What requests ask about, drawn from the data set itself (regenerated from its spec, so
 * nothing is read back from the database): ids that exist, countries and words that occur.
 * Draws vary from request to request, as real traffic does, so that a cache or in-flight
 * deduplication can answer few of them.
 */
export class Pools {
  readonly random: Random;
  private readonly publishers: string[];
  private readonly publisherRank: Zipf;
  private readonly units: string[];
  private readonly fundedProgrammes: string[];
  private readonly donors: string[];
  private readonly searches: string[];
  private readonly offers: number;

  constructor(spec: DatasetSpec) {
    this.random = new Random(seedFor(spec.seed, 'requests'));
    const organisations = generateOrganisations(spec);
    const programmes = generateProgrammes(spec, organisations);
    const contributions = generateContributions(spec, organisations, programmes);
    this.publishers = organisations.publishers.map((row) => row.id);
    this.publisherRank = new Zipf(this.publishers.length, 0.6);
    this.units = organisations.rows.filter((row) => row.kind === 'UNIT').map((row) => row.id);
    this.fundedProgrammes = [...new Set(contributions.map((row) => String(row.programme_id)))];
    this.donors = [...new Set(contributions.map((row) => String(row.donor_id)))];
    this.searches = searchTerms();
    this.offers = spec.offers;
  }

  offerId(): string {
    return offerId(this.random.int(0, this.offers - 1));
  }

  /** Popular publishers' pages are visited more; units' pages now and then. */
  organisationId(): string {
    return this.random.chance(0.15) && this.units.length
      ? this.random.pick(this.units)
      : this.publishers[this.publisherRank.draw(this.random)]!;
  }

  country(): string {
    return this.random.weighted(COUNTRY_WEIGHTS).code;
  }

  contractType(): string {
    return this.random.weighted(CONTRACT_TYPE_WEIGHTS);
  }

  theme(): string {
    return this.random.pick(THEMES).slug;
  }

  search(): string {
    return this.random.pick(this.searches);
  }

  programmeIds(count: number): string[] {
    return this.random.sample(this.fundedProgrammes, count);
  }

  donorId(): string {
    return this.random.pick(this.donors);
  }
}

/**
 * What people type in a job board's search box: themes in either language ("protection de
 * l'enfance", "health"), roles, the beginning of a word ("stabilis"), and rarer words of the
 * postings' own sentences.
 */
function searchTerms(): string[] {
  const themes = THEMES.flatMap((theme) => [theme.fr, theme.en]);
  const roles = [...ROLES_EN.map((role) => role.toLowerCase()), 'coordinateur', 'chargé', 'stagiaire', 'consultant', 'assistant'];
  const prefixes = ['stabilis', 'coord', 'protect', 'nutri', 'logisti', 'humanit'];
  const rarer = [...new Set(sentenceBank().fr.flatMap((sentence) => sentence.toLowerCase().split(/[^\p{L}]+/u)))]
    .filter((word) => word.length >= 7)
    .sort()
    .filter((_, index) => index % 4 === 0);
  return [...themes, ...roles, ...prefixes, ...rarer];
}
