import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_POSTING_TEXT_BYTES, parsePostingText } from '../src/formats/posting-text';
import { UnreadableDocument, type PlannedOffer } from '../src/plan';

/*
 * The rules the seed documents exercise, on postings of our own in the same styles (an
 * English UNDP page, a French NGO page, an English recruitment sentence), and the limits:
 * what a text import refuses and what it will not guess.
 */

const FIXTURES = path.join(__dirname, 'fixtures', 'posting-text');
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function onlyOffer(content: string): PlannedOffer {
  const plan = parsePostingText(content);
  expect(plan.refused).toEqual([]);
  expect(plan.offers).toHaveLength(1);
  return plan.offers[0] as PlannedOffer;
}

describe('an English page in UNDP style', () => {
  const content = fixture('undp-style-juba.txt');
  const planned = onlyOffer(content);

  it('reads its labels, its requirements and a deadline with a stated hour and city clock', () => {
    expect(planned.offer).toEqual({
      title: 'Programme Specialist (Rule of Law)',
      reference: '114233',
      organisationName: 'UNDP',
      dutyStations: [{ city: 'Juba', countryCode: 'SS' }],
      contractType: 'STAFF',
      contractLabel: 'Fixed Term Appointment',
      grade: 'P-4',
      durationMonths: 12,
      languages: [
        { code: 'en', required: true },
        { code: 'ar', required: false },
      ],
      minExperienceYears: 7,
      education: "Master's degree in Law, Political Science, International Relations or a related field.",
      descriptionSections: [
        { heading: 'Background', body: expect.stringMatching(/^UNDP supports the Government of South Sudan.*in six states\.$/) },
        {
          heading: 'Duties and Responsibilities',
          body: expect.stringContaining('\n\n- Lead the design and implementation of the rule of law portfolio;\n'),
        },
        { heading: 'Competencies', body: expect.stringMatching(/^- Demonstrates integrity/) },
        { heading: 'Required Skills and Experience', body: expect.stringMatching(/^Education:\n- Master's degree/) },
      ],
      // 11:59 PM in New York on 15 March 2024, daylight saving time (UTC−4) having begun on 10 March
      deadline: '2024-03-16T03:59:00.000Z',
      deadlineTimeZone: 'America/New_York',
      deadlineStated: '15 March 2024, 11:59 PM (New York time)',
      sourceLanguage: 'en',
      status: 'DRAFT',
    });
    expect(planned.missingFields).toEqual(['programmeIds', 'positions', 'themes', 'eligibility', 'postedAt', 'applyUrl', 'sourceUrl']);
  });

  it('without a URL, is the TEXT record of its normalised text, versioned by the text', () => {
    expect(planned.source).toEqual({
      system: 'TEXT',
      id: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      version: `sha256:${sha256(content)}`,
      url: null,
    });
    expect(planned.key).toBe(`text:${planned.source.id}`);
  });

  it('is the same record when pasted with other spaces and line ends, in a new version', () => {
    const repasted = onlyOffer(content.replace(/\n/g, '\r\n').replace(/ {2}•/g, '\t•'));
    expect(repasted.source.id).toBe(planned.source.id);
    expect(repasted.source.version).not.toBe(planned.source.version);
    expect(repasted.offer).toEqual(planned.offer);
  });
});

describe('a French NGO page', () => {
  const content = fixture('ngo-fr-bangui.txt');
  const plan = parsePostingText(content);
  const planned = onlyOffer(content);

  it('reads French labels, a French date with its hour and the city whose clock it names', () => {
    expect(planned.offer).toMatchObject({
      title: 'Chargé(e) de suivi-évaluation',
      reference: 'SI-CAF-2024-017',
      organisationName: 'Solidarités International',
      positions: 1,
      dutyStations: [{ city: 'Bangui', countryCode: 'CF' }],
      contractType: 'STAFF',
      contractLabel: 'CDD',
      durationMonths: 12,
      languages: [
        { code: 'fr', required: true },
        { code: 'en', required: false },
      ],
      minExperienceYears: 3,
      education: 'Diplôme universitaire (bac +5) en statistiques, sciences sociales ou équivalent.',
      eligibility: 'Ce poste est ouvert uniquement aux ressortissants centrafricains.',
      // 23:59 in Bangui (UTC+1)
      deadline: '2024-03-01T22:59:00.000Z',
      deadlineTimeZone: 'Africa/Bangui',
      deadlineStated: '1er mars 2024 à 23h59 (heure de Bangui)',
      applyUrl: 'https://www.solidarites.org/fr/offres/si-caf-2024-017',
      sourceUrl: 'https://www.solidarites.org/fr/offres/si-caf-2024-017',
      sourceLanguage: 'fr',
      status: 'DRAFT',
    });
    expect(planned.offer.descriptionSections.map((section) => section.heading)).toEqual([
      'Contexte',
      'Missions principales',
      'Profil recherché',
      'Comment postuler',
    ]);
    // the link line is a field, not part of "Comment postuler"
    expect(planned.offer.descriptionSections.at(-1)?.body).toBe('Envoyez votre CV et une lettre de motivation avant la date limite.');
    expect(planned.missingFields).toEqual(['programmeIds', 'grade', 'themes', 'postedAt']);
  });

  it('with a URL, is the WEB record of that page', () => {
    expect(planned.source).toEqual({
      system: 'WEB',
      id: 'https://www.solidarites.org/fr/offres/si-caf-2024-017',
      version: `sha256:${sha256(content)}`,
      url: 'https://www.solidarites.org/fr/offres/si-caf-2024-017',
    });
    expect(plan.organisations).toEqual([
      { key: 'name:Solidarités International', identifiers: [], name: 'Solidarités International', createIfMissing: false },
    ]);
  });
});

describe('an English recruitment sentence with a closing date and no zone', () => {
  const planned = onlyOffer(fixture('reliefweb-style-uganda.txt'));

  it('reads who recruits how many of what where, and leaves the deadline to the editor', () => {
    expect(planned.offer).toMatchObject({
      title: 'Shelter Officers',
      organisationName: 'Norwegian Refugee Council',
      positions: 2,
      countryCodes: ['UG'],
      contractType: 'UNSPECIFIED',
      languages: [
        { code: 'en', required: true },
        { code: 'sw', required: false },
      ],
      minExperienceYears: 3,
      deadlineStated: 'April 30, 2024',
    });
    expect(planned.offer.deadline).toBeUndefined();
    expect(planned.offer.deadlineTimeZone).toBeUndefined();
    expect(planned.missingFields).toEqual(expect.arrayContaining(['deadline', 'deadlineTimeZone', 'dutyStations', 'contractType']));
  });
});

describe('deadlines', () => {
  const posting = (deadlineLine: string) =>
    `Logistics Officer\n\nOrganization: WFP\nLocation: Goma, DR Congo\n${deadlineLine}\n\nResponsibilities\n- Manage the warehouse.\n`;
  const read = (deadlineLine: string) => onlyOffer(posting(deadlineLine)).offer;

  it('reads day-month and month-day orders, French and English month names and ISO dates alike', () => {
    const instants = [
      'Deadline: 28 November 2020 EST',
      'Deadline: November 28, 2020 EST',
      'Date limite : 28 novembre 2020 EST',
      'Closing Date: 2020-11-28 EST',
    ].map((line) => read(line).deadline);
    expect(new Set(instants)).toEqual(new Set(['2020-11-29T05:00:00.000Z']));
  });

  it('reads offsets from UTC into the matching IANA zone', () => {
    expect(read('Deadline: 28 November 2020 (GMT+3)')).toMatchObject({
      deadlineTimeZone: 'Etc/GMT-3',
      deadline: '2020-11-28T21:00:00.000Z',
    });
  });

  it('does not guess a zone the posting does not state', () => {
    const offer = onlyOffer(posting('Deadline: 28 November 2020'));
    expect(offer.offer).toMatchObject({ deadlineStated: '28 November 2020' });
    expect(offer.offer.deadline).toBeUndefined();
    expect(offer.missingFields).toEqual(expect.arrayContaining(['deadline', 'deadlineTimeZone']));
  });

  it('refuses a closing date that does not exist, naming the field', () => {
    const plan = parsePostingText(posting('Deadline: 30 February 2024 EST'));
    expect(plan.offers).toEqual([]);
    expect(plan.organisations).toEqual([]);
    expect(plan.refused).toEqual([
      {
        type: 'OFFER',
        key: expect.stringMatching(/^text:sha256:/),
        reason: 'the deadline "30 February 2024" is not a date that exists',
        field: 'deadline',
      },
    ]);
  });
});

describe('documents a text import refuses', () => {
  it('refuses empty text', () => {
    for (const content of ['', '  \n\t\n ']) {
      expect(() => parsePostingText(content)).toThrow(new UnreadableDocument('the text is empty: paste the posting', 'content'));
    }
  });

  it('refuses a text over 1 MB, saying so', () => {
    const tooLarge = `Logistics Officer\n${'x'.repeat(MAX_POSTING_TEXT_BYTES)}`;
    expect(() => parsePostingText(tooLarge)).toThrow(UnreadableDocument);
    expect(() => parsePostingText(tooLarge)).toThrow(/at most 1048576 bytes \(1 MB\)/);
  });

  it('refuses a posting that names no recruiting organisation, naming the field', () => {
    const plan = parsePostingText(
      'Logistics Officer\n\nLocation: Goma, DR Congo\nDeadline: 28 November 2020 EST\n\nResponsibilities\n- Manage the warehouse.\n',
    );
    expect(plan.offers).toEqual([]);
    expect(plan.refused).toEqual([expect.objectContaining({ type: 'OFFER', field: 'organisationName' })]);
  });
});

describe('the organisation a posting names', () => {
  it.each([
    ['UNICEF', { name: 'UNICEF' }],
    ['UNOPS - United Nations Office for Project Services', { name: 'United Nations Office for Project Services', acronym: 'UNOPS' }],
    ["United Nations Children's Fund (UNICEF)", { name: "United Nations Children's Fund", acronym: 'UNICEF' }],
  ])('"%s" is planned for matching by its name and acronym, never created', (written, named) => {
    const plan = parsePostingText(
      `Logistics Officer\n\nOrganization: ${written}\nDeadline: 28 November 2020 EST\n\nResponsibilities\n- Manage the warehouse.\n`,
    );
    expect(plan.organisations).toEqual([{ key: `name:${written}`, identifiers: [], createIfMissing: false, ...named }]);
    expect(plan.offers[0]?.offer.organisationName).toBe(written);
    expect(plan.offers[0]?.organisationKey).toBe(`name:${written}`);
  });
});

describe('contracts', () => {
  const read = (lines: string) =>
    onlyOffer(`Chargé de projet\n\nOrganisation : INTERSOS\n${lines}\n\nResponsabilités\n- Gérer le projet.\n`);

  it.each([
    ['Type de contrat : CDD de 12 mois', { contractType: 'STAFF', contractLabel: 'CDD de 12 mois', durationMonths: 12 }],
    ['Contract type: Consultancy\nDuration: 6 months', { contractType: 'CONSULTANCY', contractLabel: 'Consultancy', durationMonths: 6 }],
    ['Type of contract: Internship', { contractType: 'INTERNSHIP', contractLabel: 'Internship' }],
    ['Type of contract: Service contract', { contractType: 'OTHER', contractLabel: 'Service contract' }],
  ])('"%s" is read as written and classified', (lines, expected) => {
    expect(read(lines).offer).toMatchObject(expected);
  });
});
