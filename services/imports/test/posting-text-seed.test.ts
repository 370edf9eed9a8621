import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlannedOfferFields } from '../src/plan';
import { OFFER_FIELDS, parsePostingText } from '../src/formats/posting-text';
// The hand-curated seed offers the parser is measured against (test only: the imports service does not depend on offers).
import { endOfDay } from '../../offers/src/offers/deadline';
import { SEED_OFFERS, type SeedOffer } from '../../offers/src/seed/seed-data';
import { readDescriptionSections } from '../../offers/src/seed/seed-texts';

/*
 * The "done when": the five source documents, read as posting text, give drafts that
 * match the hand-curated seed offers wherever the text states a field, and each document's
 * list of fields the text cannot give is fixed here, so it cannot change unnoticed.
 */

const SOURCE_DOCUMENTS = path.join(__dirname, 'fixtures', 'posting-text', 'source-documents');
const read = (file: string) => readFileSync(path.join(SOURCE_DOCUMENTS, file), 'utf8');

type Field = keyof PlannedOfferFields;

interface Expectation {
  file: string;
  seedId: string;
  /** The organisation planned for the owner to match: the written name, split into name and acronym when it holds both. */
  organisation: { name: string; acronym?: string };
  /** The fields the text does not state: the draft leaves them empty and lists them. */
  missing: Field[];
  /** Of those, the ones the seed's editor filled in (by classification or an assumption the seed documents). */
  seedCompleted: Field[];
  /** Fields the text states but the seed's editor wrote otherwise: the parser's reading, and why they differ. */
  readDifferently: Partial<Record<Field, { parsed: unknown; why: string }>>;
}

const ALWAYS_MISSING: Field[] = ['programmeIds', 'themes', 'postedAt'];

const EXPECTATIONS: Expectation[] = [
  {
    file: '000_9ced959c45994a16.txt',
    seedId: 'undp-stabilisation-coordination-2020',
    organisation: { name: 'UNDP' },
    missing: [
      'programmeIds',
      'grade',
      'durationMonths',
      'themes',
      'languages',
      'minExperienceYears',
      'education',
      'postedAt',
      'deadline',
      'deadlineTimeZone',
    ],
    // "Deadline: November 28, 2020" gives no zone: the seed assumed Africa/Lubumbashi
    seedCompleted: ['programmeIds', 'themes', 'deadline', 'deadlineTimeZone'],
    readDifferently: {
      eligibility: {
        parsed:
          'En vue de contribuer au déploiement de sa fonction de coordination, l’UAS procède au recrutement de trois (3) ' +
          'expert(e)s nationaux en coordination.',
        why: 'the seed quotes the clause of this sentence that says who is recruited; the parser keeps the whole sentence',
      },
    },
  },
  {
    file: '002_47add335328acaa3.txt',
    seedId: 'un-women-mali-jpo-2015',
    organisation: { name: 'ONU Femmes' },
    missing: ['reference', 'programmeIds', 'dutyStations', 'grade', 'durationMonths', 'themes', 'postedAt', 'applyUrl', 'sourceUrl'],
    seedCompleted: ['programmeIds', 'themes'],
    readDifferently: {
      title: {
        parsed: 'JPO',
        why: 'the posting has no title line, only "ONU Femmes souhaite recruter un(e) JPO"; the seed composed a title from its words',
      },
    },
  },
  {
    file: '003_4155045eb38b7e56.txt',
    seedId: 'intersos-drc-protection-coordinator-2023',
    organisation: { name: 'INTERSOS' },
    missing: [
      'reference',
      'programmeIds',
      'dutyStations',
      'contractType',
      'contractLabel',
      'grade',
      'durationMonths',
      'themes',
      'eligibility',
      'postedAt',
      'deadline',
      'deadlineTimeZone',
      'applyUrl',
      'sourceUrl',
    ],
    // "Date limite : 06 octobre 2023" gives no zone: the seed assumed Africa/Kinshasa
    seedCompleted: ['programmeIds', 'themes', 'deadline', 'deadlineTimeZone'],
    readDifferently: {},
  },
  {
    file: '004_5627a110433f3c5a.txt',
    seedId: 'unops-haiti-community-mobilisation-2017',
    organisation: { name: 'United Nations Office for Project Services', acronym: 'UNOPS' },
    missing: ['reference', 'programmeIds', 'positions', 'themes', 'eligibility', 'postedAt', 'applyUrl', 'sourceUrl'],
    // no number of posts is stated: the seed assumed one
    seedCompleted: ['programmeIds', 'positions', 'themes'],
    readDifferently: {
      education: {
        parsed:
          'Un baccalauréat en sciences sociales ou tout autre domaine connexe est requis.\n' +
          "Un diplôme d'associé en administration des entreprises, finances, comptabilité ou domaine pertinent avec 6 ans " +
          "peut être accepté au lieu d'un baccalauréat\n" +
          "Le diplôme d'études secondaires avec 8 ans d'expérience peut être accepté au lieu d'un baccalauréat.",
        why: 'the seed ends the second line with a full stop the posting does not have',
      },
    },
  },
];

function seedOf(id: string): SeedOffer {
  const seed = SEED_OFFERS.find((offer) => offer.id === id);
  if (!seed) throw new Error(`no seed offer ${id}`);
  return seed;
}

/** The seed's value of a field, in the plan's shape (a deadline as the instant the seed computes). */
function seedValue(seed: SeedOffer, field: Field): unknown {
  switch (field) {
    case 'deadline':
      return seed.deadline && endOfDay(seed.deadline.date, seed.deadline.timeZone).toISOString();
    case 'deadlineTimeZone':
      return seed.deadline?.timeZone;
    case 'deadlineStated':
      return seed.deadline?.stated;
    case 'deadlineTimeZoneAssumed':
      return seed.deadline?.timeZoneAssumed;
    case 'descriptionSections':
      return readDescriptionSections(seed.id);
    case 'postedAt':
      return undefined;
    case 'status':
      return 'DRAFT';
    default:
      return seed[field];
  }
}

const isGiven = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

describe.each(EXPECTATIONS)('posting text $file against seed offer $seedId', (expectation) => {
  const seed = seedOf(expectation.seedId);
  const plan = parsePostingText(read(expectation.file));
  const [planned] = plan.offers;
  if (!planned) throw new Error(`${expectation.file} gave no offer: ${JSON.stringify(plan.refused)}`);

  it('plans one draft offer, and the organisation it names for matching only (never created)', () => {
    expect(plan.refused).toEqual([]);
    expect(plan.offers).toHaveLength(1);
    expect(plan.organisations).toEqual([
      { key: `name:${seed.organisationName}`, identifiers: [], createIfMissing: false, ...expectation.organisation },
    ]);
    expect(planned.organisationKey).toBe(`name:${seed.organisationName}`);
    expect(planned.offer.status).toBe('DRAFT');
  });

  it('lists exactly the fields the text does not state', () => {
    expect(planned.missingFields).toEqual(expectation.missing);
    expect(ALWAYS_MISSING.every((field) => planned.missingFields.includes(field))).toBe(true);
  });

  it('leaves every missing field empty', () => {
    for (const field of expectation.missing) {
      const value = planned.offer[field];
      if (field === 'contractType') expect(value).toBe('UNSPECIFIED');
      else expect(isGiven(value)).toBe(false);
    }
  });

  it('names the missing fields the seed editor completed (by classification or an assumption)', () => {
    expect(expectation.missing.filter((field) => isGiven(seedValue(seed, field)) && seedValue(seed, field) !== 'UNSPECIFIED')).toEqual(
      expectation.seedCompleted,
    );
  });

  it.each(OFFER_FIELDS.filter((field) => !expectation.missing.includes(field)))('states %s as the seed has it', (field) => {
    const differently = expectation.readDifferently[field];
    if (differently) {
      expect(planned.offer[field]).toEqual(differently.parsed);
      expect(seedValue(seed, field)).not.toEqual(differently.parsed);
    } else {
      expect(planned.offer[field]).toEqual(seedValue(seed, field));
    }
  });
});

describe('posting text 001_dc6422fc7355ceef.txt (a programme description)', () => {
  it('plans nothing and refuses the document with the reason that it holds no job posting', () => {
    const plan = parsePostingText(read('001_dc6422fc7355ceef.txt'));
    expect(plan.organisations).toEqual([]);
    expect(plan.offers).toEqual([]);
    expect(plan.refused).toEqual([
      { type: 'OFFER', key: expect.stringMatching(/^text:sha256:[0-9a-f]{64}$/), reason: expect.stringContaining('no job posting found') },
    ]);
  });
});
