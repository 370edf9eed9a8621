import type { OrganisationCatalogue } from './organisations';
import type { ProgrammeCatalogue } from './programmes';
import { Random, Zipf, seedFor } from './prng';
import type { Row } from './rows';
import { programmesCode } from './service-code';
import type { DatasetSpec } from './spec';
import { CURRENCY_WEIGHTS } from './vocabulary';

const STATUS_WEIGHTS = [
  ['PAID', 55],
  ['COMMITTED', 30],
  ['PLEDGED', 15],
] as const;

/**
 * About 30,000 contributions: big donors give to many programmes, big programmes get many
 * gifts; amounts span four orders of magnitude in nine currencies, a few are unknown; most
 * are dated to the day, some to the month only, some not at all.
 */
export function generateContributions(spec: DatasetSpec, organisations: OrganisationCatalogue, programmes: ProgrammeCatalogue): Row[] {
  const random = new Random(seedFor(spec.seed, 'contributions'));
  const { exponentOf } = programmesCode();
  const programmeRank = new Zipf(programmes.rows.length, 0.9);
  const donorRank = new Zipf(organisations.donors.length, 1);
  const rows: Row[] = [];
  for (let index = 0; index < spec.contributions; index += 1) {
    const known = random.chance(0.96);
    const currency = known ? random.weighted(CURRENCY_WEIGHTS) : null;
    // log-uniform from 10 thousand to 50 million in major units
    const major = Math.round(10 ** (4 + random.next() * 3.7));
    const date = dateOf(random);
    rows.push({
      id: `contrib-${String(index + 1).padStart(6, '0')}`,
      programme_id: programmes.rows[programmeRank.draw(random)]!.id,
      donor_id: organisations.donors[donorRank.draw(random)]!.id,
      amount_minor: currency ? String(BigInt(major) * 10n ** BigInt(exponentOf(currency) ?? 2)) : null,
      currency,
      status: random.weighted(STATUS_WEIGHTS),
      contributed_on: date,
      sort_date: date ?? '',
      source: random.chance(0.8) ? 'Financial Tracking Service' : 'Rapport du donateur',
      excerpt: null,
    });
  }
  return rows;
}

function dateOf(random: Random): string | null {
  const precision = random.weighted([
    ['day', 85],
    ['month', 10],
    ['none', 5],
  ] as const);
  if (precision === 'none') return null;
  const month = `${random.int(2008, 2026)}-${String(random.int(1, 12)).padStart(2, '0')}`;
  return precision === 'month' ? month : `${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}
