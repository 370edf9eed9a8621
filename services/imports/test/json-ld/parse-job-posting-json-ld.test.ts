import { UnreadableDocument } from '../../src/plan';
import { parseJobPostingJsonLd } from '../../src/formats/json-ld/parse-job-posting-json-ld';

const NOW = new Date('2026-01-10T00:00:00Z');

/** A posting as a career site embeds it for search engines, with no Passerelle properties. */
const careerSitePosting = (changes: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Chargé(e) de protection',
  description: '<p>Le HCR recrute.</p><h3>Responsabilités</h3><ul><li>Suivi de <b>protection</b></li><li>Rapports &amp; analyses</li></ul>',
  hiringOrganization: { '@type': 'Organization', name: 'UNHCR', sameAs: 'https://www.unhcr.org' },
  url: 'https://careers.example.org/jobs/4411',
  validThrough: '2026-02-15T23:59:00+01:00',
  employmentType: 'FULL_TIME',
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Goma', addressCountry: 'COD' } },
  ...changes,
});

const parse = (document: unknown) => parseJobPostingJsonLd(JSON.stringify(document), { now: NOW });

describe('parseJobPostingJsonLd', () => {
  it('reads a career site’s posting: no contract named, the zone its offset is, the sections of its HTML', () => {
    const plan = parse(careerSitePosting());
    expect(plan.refused).toEqual([]);
    expect(plan.organisations).toEqual([{ key: 'name:UNHCR', identifiers: [], name: 'UNHCR', createIfMissing: false }]);
    expect(plan.offers).toEqual([
      {
        key: 'web:https://careers.example.org/jobs/4411',
        source: {
          system: 'WEB',
          id: 'https://careers.example.org/jobs/4411',
          version: expect.stringMatching(/^[0-9a-f]{64}$/),
          url: 'https://careers.example.org/jobs/4411',
        },
        organisationKey: 'name:UNHCR',
        missingFields: [],
        offer: {
          title: 'Chargé(e) de protection',
          organisationName: 'UNHCR',
          programmeIds: [],
          dutyStations: [{ city: 'Goma', countryCode: 'CD' }],
          countryCodes: [],
          // FULL_TIME says how much one works, not under which contract
          contractType: 'UNSPECIFIED',
          themes: [],
          languages: [],
          descriptionSections: [
            { heading: null, body: 'Le HCR recrute.' },
            { heading: 'Responsabilités', body: '- Suivi de protection\n- Rapports & analyses' },
          ],
          deadline: '2026-02-15T22:59:00.000Z',
          deadlineTimeZone: 'Etc/GMT-1',
          deadlineTimeZoneAssumed: false,
          sourceUrl: 'https://careers.example.org/jobs/4411',
          status: 'OPEN',
        },
      },
    ]);
  });

  it('takes the version from dateModified when the posting states one', () => {
    const plan = parse(careerSitePosting({ dateModified: '2026-01-05T08:00:00+02:00' }));
    expect(plan.offers[0]!.source.version).toBe('2026-01-05T06:00:00.000Z');
  });

  it('reads the postings of an @graph, their organisation given by reference, and leaves the other nodes', () => {
    const plan = parse({
      '@context': 'https://schema.org/',
      '@graph': [
        { '@type': 'Organization', '@id': '#msf', name: 'MSF' },
        careerSitePosting({ hiringOrganization: { '@id': '#msf' }, url: 'https://msf.example.org/1' }),
        careerSitePosting({ hiringOrganization: { '@id': '#msf' }, url: 'https://msf.example.org/2', employmentType: 'INTERN' }),
      ],
    });
    expect(plan.refused).toEqual([]);
    expect(plan.organisations.map((organisation) => organisation.key)).toEqual(['name:MSF']);
    expect(plan.offers.map(({ key, offer }) => [key, offer.contractType])).toEqual([
      ['web:https://msf.example.org/1', 'UNSPECIFIED'],
      ['web:https://msf.example.org/2', 'INTERNSHIP'],
    ]);
  });

  it('matches the hiring organisation by the identifiers it states in a scheme the graph knows', () => {
    const plan = parse(
      careerSitePosting({
        hiringOrganization: {
          '@type': 'Organization',
          name: 'PNUD',
          identifier: [
            { '@type': 'PropertyValue', propertyID: 'IATI', value: 'XM-DAC-41114' },
            { '@type': 'PropertyValue', propertyID: 'DOMAIN', value: 'UNDP.org' },
            { '@type': 'PropertyValue', propertyID: 'DUNS', value: '123' },
          ],
        },
      }),
    );
    expect(plan.organisations).toEqual([
      {
        key: 'iati:XM-DAC-41114',
        identifiers: [
          { scheme: 'IATI', value: 'XM-DAC-41114' },
          { scheme: 'DOMAIN', value: 'undp.org' },
        ],
        name: 'PNUD',
        createIfMissing: false,
      },
    ]);
    expect(plan.offers[0]).toMatchObject({ organisationKey: 'iati:XM-DAC-41114', offer: { organisationName: 'PNUD' } });
  });

  it('refuses each bad posting of a list with its field, and reads the good ones', () => {
    const plan = parse([
      careerSitePosting({ url: 'https://careers.example.org/jobs/1' }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/2', title: '  ' }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/3', validThrough: '2026-02-30T12:00:00Z' }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/4', employmentType: ['FULL_TIME', 'SEASONAL'] }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/5', validThrough: '2025-12-31T12:00:00Z' }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/6', validThrough: '2026-03-01' }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/7', jobLocation: { address: { addressCountry: 'Atlantis' } } }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/8', hiringOrganization: {} }),
      careerSitePosting({ url: 'https://careers.example.org/jobs/9', totalJobOpenings: 0 }),
      careerSitePosting({
        url: 'https://careers.example.org/jobs/10',
        additionalProperty: [{ '@type': 'PropertyValue', propertyID: 'passerelle:contractType', value: 'TENURE' }],
      }),
      { '@type': 'Event', name: 'Job fair' },
      'a string',
      careerSitePosting({ url: 'https://careers.example.org/jobs/1' }),
    ]);
    expect(plan.offers.map((offer) => offer.key)).toEqual(['web:https://careers.example.org/jobs/1']);
    expect(plan.refused.map(({ type, key, field }) => [type, key, field])).toEqual([
      ['OFFER', '[1]', '[1].title'],
      ['OFFER', '[2]', '[2].validThrough'],
      ['OFFER', '[3]', '[3].employmentType[1]'],
      ['OFFER', '[4]', '[4].validThrough'],
      ['OFFER', '[5]', '[5].validThrough'],
      ['OFFER', '[6]', '[6].jobLocation.address.addressCountry'],
      ['OFFER', '[7]', '[7].hiringOrganization'],
      ['OFFER', '[8]', '[8].totalJobOpenings'],
      ['OFFER', '[9]', '[9].additionalProperty[0].value'],
      ['OFFER', '[10]', '[10].@type'],
      ['OFFER', '[11]', '[11]'],
      ['OFFER', '[12]', '[12].url'],
    ]);
    expect(plan.refused[3]!.reason).toMatch(/^closed on 2025-12-31T12:00:00.000Z/);
    expect(plan.refused[4]!.reason).toBe('states a day but no time zone: when applications close cannot be told');
  });

  it('closes a day-only deadline at the end of that day in the zone the posting states', () => {
    const plan = parse(
      careerSitePosting({
        validThrough: '2026-03-01',
        additionalProperty: [{ '@type': 'PropertyValue', propertyID: 'passerelle:deadlineTimeZone', value: 'Africa/Kinshasa' }],
      }),
    );
    expect(plan.offers[0]!.offer).toMatchObject({ deadline: '2026-03-01T23:00:00.000Z', deadlineTimeZone: 'Africa/Kinshasa' });
  });

  it('does not read a document that is not JSON, or holds no posting', () => {
    expect(() => parseJobPostingJsonLd('{"@type": "JobPosting",', { now: NOW })).toThrow(UnreadableDocument);
    expect(() => parse({ '@type': 'Organization', name: 'UNHCR' })).toThrow('must be a schema.org JobPosting');
    expect(() => parse(42)).toThrow(UnreadableDocument);
  });
});
