import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UnreadableDocument, type ImportPlan } from '../../src/plan';
import { parseReliefWebJobs, parseReliefWebSources } from '../../src/formats/reliefweb/parse-reliefweb';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');
const JOBS = fixture('reliefweb-jobs-50.json');
const SOURCES = fixture('reliefweb-sources.json');
/** Before every closing date of the fixture (the earliest is 2026-02-01). */
const NOW = new Date('2026-01-20T00:00:00Z');

type Job = { id: string; fields: Record<string, unknown> };
const jobs = (): Job[] => (JSON.parse(JOBS) as { data: Job[] }).data;
/** The fixture's first job with `changes` made to its fields, in a response of its own. */
const oneJob = (changes: Record<string, unknown>) =>
  JSON.stringify({ data: [{ ...jobs()[0]!, fields: { ...jobs()[0]!.fields, ...changes } }] });
const countBy = <Item>(items: Item[], keyOf: (item: Item) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [keyOf(item)]: (counts[keyOf(item)] ?? 0) + 1 }), {});

describe('parseReliefWebJobs', () => {
  let plan: ImportPlan;
  beforeAll(() => {
    plan = parseReliefWebJobs(JOBS, { now: NOW });
  });

  it('plans the 50 jobs of the fixture and the 11 sources that post them', () => {
    expect(plan.format).toBe('RELIEFWEB_JOBS');
    expect(plan.refused).toEqual([]);
    expect(plan.offers).toHaveLength(50);
    expect(new Set(plan.offers.map((offer) => offer.key)).size).toBe(50);
    expect(plan.organisations).toHaveLength(11);
    expect(plan.programmes).toEqual([]);
    expect(countBy(plan.offers, (offer) => offer.offer.contractType)).toEqual({ STAFF: 37, CONSULTANCY: 9, INTERNSHIP: 3, VOLUNTEER: 1 });
    expect(countBy(plan.offers, (offer) => offer.offer.sourceLanguage ?? '')).toEqual({ en: 25, fr: 25 });
    expect(countBy(plan.offers, (offer) => String(offer.offer.dutyStations!.length))).toEqual({ 0: 12, 1: 37, 2: 1 });
    // three jobs state no closing date: open until closed
    expect(plan.offers.filter((offer) => !offer.offer.deadline).map((offer) => offer.key)).toEqual([
      'reliefweb-job:4120085',
      'reliefweb-job:4120176',
      'reliefweb-job:4120267',
    ]);
    // every organisation a job points at is planned, matched by its ReliefWeb id or created
    const keys = new Set(plan.organisations.map((organisation) => organisation.key));
    expect(plan.offers.every((offer) => keys.has(offer.organisationKey))).toBe(true);
  });

  it('reads a job with its Markdown sections, its closing day and its source exactly', () => {
    expect(plan.offers[0]).toEqual({
      key: 'reliefweb-job:4120001',
      source: {
        system: 'RELIEFWEB',
        id: '4120001',
        version: '2026-01-02T08:00:00.000Z',
        url: 'https://reliefweb.int/job/4120001/protection-officer',
      },
      organisationKey: 'reliefweb:1503',
      missingFields: [],
      offer: {
        title: 'Protection Officer',
        organisationName: 'UN Office for the Coordination of Humanitarian Affairs',
        dutyStations: [{ city: 'Goma', countryCode: 'CD' }],
        countryCodes: [],
        contractType: 'CONSULTANCY',
        themes: ['protection-and-human-rights', 'program-project-management'],
        languages: [],
        minExperienceYears: 0,
        descriptionSections: [
          { heading: null, body: 'OCHA is seeking a Protection Officer for its response in Democratic Republic of the Congo.' },
          {
            heading: 'Key responsibilities',
            body:
              '- Lead the planning and monitoring of activities;\n' +
              '- Prepare monthly reports for donors (https://example.org/donors);\n' +
              '- Represent the organisation in cluster meetings.',
          },
          { heading: 'Requirements', body: '- University degree in a relevant field;\n- Fluency in English; French is an asset.' },
        ],
        postedAt: '2026-01-02T08:00:00.000Z',
        // ReliefWeb states the day: it closes at the end of it, in UTC, an assumption said as such
        deadline: '2026-02-02T00:00:00.000Z',
        deadlineTimeZone: 'UTC',
        deadlineTimeZoneAssumed: true,
        deadlineStated: '2026-02-01',
        sourceUrl: 'https://reliefweb.int/job/4120001/protection-officer',
        sourceLanguage: 'en',
        status: 'OPEN',
      },
    });
    expect(plan.organisations[0]).toEqual({
      key: 'reliefweb:1503',
      identifiers: [{ scheme: 'RELIEFWEB', value: '1503' }],
      name: 'UN Office for the Coordination of Humanitarian Affairs',
      acronym: 'OCHA',
      kind: 'UN_AGENCY',
      website: 'https://www.unocha.org',
      createIfMissing: true,
    });
  });

  it('reads bold headings and "*" bullets of a French job, and a government source', () => {
    expect(plan.offers[3]!.offer.descriptionSections).toEqual([
      { heading: null, body: 'UNHCR recherche un(e) Coordinateur(trice) WASH pour ses opérations en République centrafricaine.' },
      {
        heading: 'Responsabilités',
        body:
          '- Planifier et suivre les activités du projet ;\n- Rédiger les rapports mensuels ;\n' +
          "- Représenter l'organisation auprès des partenaires et des clusters.",
      },
      {
        heading: 'Profil requis',
        body: "- Diplôme universitaire dans un domaine pertinent ;\n- Maîtrise du français, l'anglais est un atout.",
      },
    ]);
    expect(plan.offers[10]).toMatchObject({
      organisationKey: 'reliefweb:11024',
      offer: {
        dutyStations: [
          { city: 'Goma', countryCode: 'CD' },
          { city: 'Bukavu', countryCode: 'CD' },
        ],
      },
    });
    expect(plan.organisations.find((organisation) => organisation.key === 'reliefweb:11024')).toMatchObject({
      kind: 'GOVERNMENT',
      acronym: 'MSPHP RDC',
    });
  });

  it('does not place cities when a job names two countries: they are listed as missing', () => {
    expect(plan.offers[17]).toMatchObject({
      key: 'reliefweb-job:4120120',
      missingFields: ['dutyStations'],
      offer: { dutyStations: [], countryCodes: ['ML', 'NE'], minExperienceYears: 5 },
    });
  });

  it('adds ReliefWeb’s how-to-apply text as a last section', () => {
    expect(plan.offers[2]!.offer.descriptionSections.at(-1)).toEqual({
      heading: 'How to apply',
      body: "Apply through the organisation's careers page (https://careers.example.org) before the closing date.",
    });
  });

  it('reads the HTML body when the response has no Markdown one', () => {
    const html = parseReliefWebJobs(
      oneJob({ body: undefined, 'body-html': '<p>OCHA recrute.</p><h3>Profil</h3><ul><li>Master</li></ul>' }),
      {
        now: NOW,
      },
    );
    expect(html.offers[0]!.offer.descriptionSections).toEqual([
      { heading: null, body: 'OCHA recrute.' },
      { heading: 'Profil', body: '- Master' },
    ]);
  });

  it('gives the same plan for the same response', () => {
    expect(parseReliefWebJobs(JOBS, { now: NOW })).toEqual(plan);
  });

  it.each([
    ['no title', { title: '' }, 'data[0].fields.title'],
    [
      'a closing date that does not exist',
      { date: { created: '2026-01-02T08:00:00+00:00', closing: '2026-02-30T00:00:00+00:00' } },
      'data[0].fields.date.closing',
    ],
    [
      'a closed job',
      { date: { created: '2025-11-02T08:00:00+00:00', closing: '2026-01-19T00:00:00+00:00' } },
      'data[0].fields.date.closing',
    ],
    ['a change date that is no instant', { date: { changed: 'yesterday' } }, 'data[0].fields.date.changed'],
    ['no source', { source: [] }, 'data[0].fields.source'],
    ['a source without id', { source: [{ name: 'OCHA' }] }, 'data[0].fields.source[0].id'],
    ['no body', { body: '  ' }, 'data[0].fields.body'],
    ['an unknown country', { country: [{ name: 'Atlantis', iso3: 'atl' }] }, 'data[0].fields.country[0].iso3'],
    ['an unknown job type', { type: [{ id: 1, name: 'Tenure' }] }, 'data[0].fields.type[0].name'],
    ['an unknown experience', { experience: [{ id: 1, name: 'Some' }] }, 'data[0].fields.experience[0].name'],
  ])('refuses a job with %s, naming the field', (_, changes, field) => {
    const refused = parseReliefWebJobs(oneJob(changes), { now: NOW });
    expect(refused.offers).toEqual([]);
    expect(refused.organisations).toEqual([]);
    expect(refused.refused).toEqual([{ type: 'OFFER', key: 'reliefweb-job:4120001', reason: expect.any(String), field }]);
  });

  it('says why a closed job is refused', () => {
    const refused = parseReliefWebJobs(oneJob({ date: { closing: '2026-01-19T00:00:00+00:00' } }), { now: NOW });
    expect(refused.refused[0]!.reason).toBe(
      'closed on 2026-01-19: only jobs still open are imported (an offer opened now would be closed at once)',
    );
  });

  it('refuses a record without id or fields, and a repeated job, and reads the others', () => {
    const [first, second] = jobs();
    const mixed = parseReliefWebJobs(JSON.stringify({ data: [first, { fields: second!.fields }, { id: '77' }, second, first] }), {
      now: NOW,
    });
    expect(mixed.offers.map((offer) => offer.key)).toEqual(['reliefweb-job:4120001', 'reliefweb-job:4120008']);
    expect(mixed.refused.map(({ key, field }) => [key, field])).toEqual([
      ['data[1]', 'data[1].id'],
      ['data[2]', 'data[2].fields'],
      ['reliefweb-job:4120001', 'data[4].id'],
    ]);
  });

  it('does not read a response that is not JSON or has no data', () => {
    expect(() => parseReliefWebJobs(JOBS.slice(0, 500), { now: NOW })).toThrow(UnreadableDocument);
    expect(() => parseReliefWebJobs('{"jobs": []}', { now: NOW })).toThrow('must be a ReliefWeb API response');
  });
});

describe('parseReliefWebSources', () => {
  it('plans each source as an organisation with its ReliefWeb id, its kind and its country', () => {
    const plan = parseReliefWebSources(SOURCES);
    expect(plan.format).toBe('RELIEFWEB_SOURCES');
    expect(plan.refused).toEqual([]);
    expect(plan.offers).toEqual([]);
    expect(plan.organisations.map(({ key, kind, acronym, countryCode }) => [key, kind, acronym, countryCode])).toEqual([
      ['reliefweb:1503', 'UN_AGENCY', 'OCHA', 'US'],
      ['reliefweb:1241', 'UN_AGENCY', 'UNICEF', 'US'],
      ['reliefweb:1741', 'UN_AGENCY', 'WFP', 'IT'],
      ['reliefweb:1242', 'UN_AGENCY', 'UNHCR', 'CH'],
      ['reliefweb:1499', 'NGO', 'MSF', 'CH'],
      // its short name is its name: no acronym
      ['reliefweb:2898', 'NGO', undefined, 'IT'],
      ['reliefweb:1577', 'NGO', 'NRC', 'NO'],
      ['reliefweb:1330', 'NGO', 'IRC', 'US'],
      ['reliefweb:1394', 'NGO', 'ACF', 'FR'],
      ['reliefweb:1213', 'OTHER', 'ICRC', 'CH'],
      ['reliefweb:11024', 'GOVERNMENT', 'MSPHP RDC', 'CD'],
    ]);
    expect(plan.organisations[10]).toEqual({
      key: 'reliefweb:11024',
      identifiers: [{ scheme: 'RELIEFWEB', value: '11024' }],
      name: 'Ministère de la Santé Publique, Hygiène et Prévention',
      acronym: 'MSPHP RDC',
      kind: 'GOVERNMENT',
      countryCode: 'CD',
      createIfMissing: true,
    });
  });

  it('refuses a source without a name, naming the field', () => {
    const plan = parseReliefWebSources(JSON.stringify({ data: [{ id: '5', fields: { id: 5, name: ' ' } }] }));
    expect(plan.refused).toEqual([{ type: 'ORGANISATION', key: 'reliefweb:5', reason: expect.any(String), field: 'data[0].fields.name' }]);
  });
});
