import { describeEachDatabase } from '@passerelle/testing';
import { seedOffers } from '../src/seed/seed-offers';
import { SEED_OFFERS } from '../src/seed/seed-data';
import { SEED_IDS, useOffersSubgraph, type OffersPage } from './support';

const OFFER = /* GraphQL */ `
  query Offer($id: ID!) {
    offer(id: $id) {
      id
      title
      reference
      positions
      contractType
      contractLabel
      grade
      durationMonths
      minExperienceYears
      organisation {
        id
      }
      organisationName
      programmes {
        id
      }
      dutyStations {
        city
        countryCode
      }
      countryCodes
      themes
      languages {
        code
        required
      }
      deadline
      deadlineTimeZone
      deadlineTimeZoneAssumed
      deadlineStated
      postedAt
      status
      applyUrl
      sourceLanguage
      eligibility
      education
    }
  }
`;

/** The wall-clock time an instant shows in a zone, e.g. "15/06/2017, 18:00". */
const wallClock = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));

describeEachDatabase('offers', 'offers seed', (database) => {
  const { ask, subgraph } = useOffersSubgraph(database);
  const offer = async (id: string) => {
    const response = await ask<{ offer: Record<string, unknown> }>(OFFER, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.offer;
  };

  it('has the UNDP posting: three coordinators in Goma, Bunia and Bukavu, closing at the end of 28 November 2020 in eastern DRC', async () => {
    expect(await offer(SEED_IDS.undp)).toMatchObject({
      title: 'Charge de la Coordination Stabilisation et Paix ( 3 postes : Goma, Bunia & Bukavu)',
      reference: '33232',
      organisation: { id: 'undp' },
      programmes: [{ id: 'issss' }],
      positions: 3,
      dutyStations: [
        { city: 'Goma', countryCode: 'CD' },
        { city: 'Bunia', countryCode: 'CD' },
        { city: 'Bukavu', countryCode: 'CD' },
      ],
      countryCodes: ['CD'],
      contractType: 'CONSULTANCY',
      // the posting's "Language:" is blank, and it gives no grade, duration or experience
      languages: [],
      grade: null,
      durationMonths: null,
      minExperienceYears: null,
      deadline: '2020-11-28T22:00:00.000Z',
      deadlineTimeZone: 'Africa/Lubumbashi',
      deadlineTimeZoneAssumed: true,
      deadlineStated: 'November 28, 2020',
      postedAt: null,
      sourceLanguage: 'fr',
    });
  });

  it('has the UN Women JPO post in Mali, for Belgian nationals, closing at the end of 18 December 2015 EST', async () => {
    const jpo = await offer(SEED_IDS.unWomen);
    expect(jpo).toMatchObject({
      organisation: { id: 'un-women' },
      organisationName: 'ONU Femmes',
      programmes: [{ id: 'belgian-jpo-programme' }, { id: 'un-women-mali-peace-security' }],
      positions: 1,
      dutyStations: [],
      countryCodes: ['ML'],
      contractType: 'JPO',
      languages: [
        { code: 'fr', required: true },
        { code: 'en', required: false },
      ],
      minExperienceYears: 2,
      deadline: '2015-12-19T05:00:00.000Z',
      deadlineTimeZone: 'America/New_York',
      deadlineTimeZoneAssumed: false,
      deadlineStated: '18 December 2015 EST',
    });
    expect(wallClock(jpo.deadline as string, 'America/New_York')).toBe('19/12/2015, 00:00');
    expect(jpo.eligibility).toContain('addressed exclusively to Belgian nationals');
  });

  it('has the INTERSOS post in the DRC with a country but no city, French and English both required', async () => {
    expect(await offer(SEED_IDS.intersos)).toMatchObject({
      title: 'Coordinateur.rice de Protection',
      organisation: { id: 'intersos' },
      programmes: [{ id: 'intersos-drc-protection' }],
      dutyStations: [],
      countryCodes: ['CD'],
      contractType: 'UNSPECIFIED',
      themes: ['protection', 'gender-based-violence', 'child-protection'],
      languages: [
        { code: 'fr', required: true },
        { code: 'en', required: true },
      ],
      minExperienceYears: 5,
      deadline: '2023-10-06T23:00:00.000Z',
      deadlineTimeZone: 'Africa/Kinshasa',
      deadlineTimeZoneAssumed: true,
    });
  });

  it('has the UNOPS post in Port-au-Prince, closing at midnight in Copenhagen, which is 6 pm in Haiti', async () => {
    const unops = await offer(SEED_IDS.unops);
    expect(unops).toMatchObject({
      title: 'Coordonnateur de Mobilisation Communautaire',
      organisation: { id: 'unops' },
      programmes: [{ id: 'unops-fort-national' }],
      positions: 1,
      dutyStations: [{ city: 'Port-au-Prince', countryCode: 'HT' }],
      contractType: 'INDIVIDUAL_CONTRACTOR',
      contractLabel: 'Local Individual Contract Agreement (LICA) Régulier / mensuel',
      grade: 'LICA 9',
      durationMonths: 6,
      minExperienceYears: 4,
      languages: [
        { code: 'ht', required: true },
        { code: 'fr', required: true },
        { code: 'en', required: false },
      ],
      deadline: '2017-06-15T22:00:00.000Z',
      deadlineTimeZone: 'Europe/Copenhagen',
      deadlineTimeZoneAssumed: false,
    });
    expect(wallClock(unops.deadline as string, 'Europe/Copenhagen')).toBe('16/06/2017, 00:00');
    expect(wallClock(unops.deadline as string, 'America/Port-au-Prince')).toBe('15/06/2017, 18:00');
  });

  it('shows every seed offer as closed: their deadlines have passed', async () => {
    for (const id of Object.values(SEED_IDS)) expect((await offer(id)).status).toBe('CLOSED');
  });

  it('keeps the description section by section, as the posting gives it', async () => {
    const response = await ask<{ offer: { description: string; descriptionSections: { heading: string | null; body: string }[] } }>(
      `{ offer(id: "${SEED_IDS.unops}") { description descriptionSections { heading body } } }`,
    );
    const { description, descriptionSections } = response.data!.offer;
    expect(descriptionSections.map((section) => section.heading)).toEqual([
      'Background Information - Job-specific',
      'Functional Responsibilities',
      'Education/Experience/Language requirements',
      'Functional competencies',
      'Competencies FR',
      'Contract type, level and duration',
      'Considérations supplémentaires',
      'Informations générales sur l’UNOPS',
    ]);
    expect(descriptionSections[5]!.body).toContain('Contract level: 9\nContract duration:6 mois');
    expect(description).toContain('Contract type, level and duration\n\nContract type: Local Individual Contract Agreement');
  });

  it('answers null, without an error, for an unknown id', async () => {
    expect(await ask(`{ offer(id: "no-such-offer") { id } }`)).toEqual({ status: 200, data: { offer: null } });
  });

  it('seeds idempotently: a second run inserts nothing and duplicates no list', async () => {
    expect(await seedOffers(subgraph().dataSource)).toBe(0);
    const all = await ask<OffersPage>(`{ offers(first: 100) { totalCount } }`);
    expect(all.data?.offers.totalCount).toBe(SEED_OFFERS.length);
    expect((await offer(SEED_IDS.undp)).dutyStations).toHaveLength(3);
  });
});
