import type { CreateOfferInput } from '../generated/resolvers-types';

export interface SeedDeadline {
  /** The closing date in the posting's words. */
  stated: string;
  /** The stated date: the offer closes at the end of it (midnight) in `timeZone`. */
  date: string;
  timeZone: string;
  /** True when the posting gives no zone and `timeZone` is our documented assumption. */
  timeZoneAssumed: boolean;
}

/** Fields the input may leave out that every seed posting gives. */
type Given<Input, Field extends keyof Input> = { [Name in Field]-?: NonNullable<Input[Name]> };

/**
 * A posting as createOffer's input gives it (`descriptionSections` come from seed-texts/),
 * under its own id, with its deadline as the posting states it.
 */
export type SeedOffer = Omit<
  CreateOfferInput,
  'descriptionSections' | 'status' | 'postedAt' | 'deadline' | 'deadlineTimeZone' | 'deadlineStated'
> &
  Given<CreateOfferInput, 'positions' | 'dutyStations' | 'themes' | 'languages' | 'programmeIds' | 'sourceLanguage'> & {
    id: string;
    deadline?: SeedDeadline;
  };

/**
 * Every job posting in shared/seeds (001 describes a programme, not a job). The
 * descriptions are in seed-texts/<id>.md, as the postings give them minus the job
 * boards' navigation. No posting states when it was posted, so postedAt stays empty.
 *
 * Deadlines: an offer closes at the end of the stated day in the stated zone. Where a
 * posting gives a date with no zone (000, 003) we assume its duty stations' zone, or the
 * capital's when it names only a country, and say so (`timeZoneAssumed`): that is the
 * clock the applicants it addresses read.
 *
 * The organisation is the one the posting names as publisher and recruiter, not the
 * unit the post works in (UNOPS, not its Haiti Operations Centre; UN Women, not its Mali
 * office), so that each organisation's offers are those it published.
 */
export const SEED_OFFERS: SeedOffer[] = [
  // 000: UNDP's posting for the UAS of MONUSCO (ISSSS coordination), three posts.
  {
    id: 'undp-stabilisation-coordination-2020',
    title: 'Charge de la Coordination Stabilisation et Paix ( 3 postes : Goma, Bunia & Bukavu)',
    // "JobOpeningId=33232" in the posting's external link: UNDP's job opening number.
    reference: '33232',
    organisationId: 'undp',
    organisationName: 'UNDP',
    positions: 3,
    dutyStations: [
      { city: 'Goma', countryCode: 'CD' },
      { city: 'Bunia', countryCode: 'CD' },
      { city: 'Bukavu', countryCode: 'CD' },
    ],
    contractType: 'CONSULTANCY',
    contractLabel: 'Consultancy',
    themes: ['stabilisation', 'peace', 'coordination'],
    // "Language:" is left blank in the posting.
    languages: [],
    // National posts: the posting's own sentence.
    eligibility: 'L’UAS procède au recrutement de trois (3) expert(e)s nationaux en coordination.',
    // No zone given; Goma, Bunia and Bukavu are all in eastern DRC, on Africa/Lubumbashi time (UTC+2).
    deadline: { stated: 'November 28, 2020', date: '2020-11-28', timeZone: 'Africa/Lubumbashi', timeZoneAssumed: true },
    // The posting's "External website link": the original posting, where one applies.
    applyUrl: 'https://jobs.partneragencies.net/erecruitjobs.html?JobOpeningId=33232&HRS_JO_PST_SEQ=1&hrs_site_id=2',
    sourceUrl: 'https://jobs.partneragencies.net/erecruitjobs.html?JobOpeningId=33232&HRS_JO_PST_SEQ=1&hrs_site_id=2',
    sourceLanguage: 'fr',
    programmeIds: ['issss'],
  },
  // 002: a JPO post at UN Women in Mali, sponsored by Belgium.
  {
    id: 'un-women-mali-jpo-2015',
    // The posting has no title line; this one is made of its own words ("Junior Professional
    // Officer (JPO)", "relèvement économique", "ONU Femmes au Mali").
    title: 'Junior Professional Officer (JPO) – relèvement économique des femmes, ONU Femmes Mali',
    organisationId: 'un-women',
    organisationName: 'ONU Femmes',
    positions: 1,
    // "ONU Femmes souhaite recruter un(e) JPO": in Mali, no city named.
    dutyStations: [],
    countryCodes: ['ML'],
    contractType: 'JPO',
    contractLabel: 'Junior Professional Officer (JPO)',
    themes: ['gender', 'women-peace-security', 'economic-recovery'],
    // "Maitrise du français (écrit et parlé) est obligatoire. Une connaissance pratique de l'anglais constitue un avantage."
    languages: [
      { code: 'fr', required: true },
      { code: 'en', required: false },
    ],
    minExperienceYears: 2,
    education:
      'Diplôme de maîtrise en Sciences Politiques, Relations Internationale ou en Droit, Economie, Sciences Sociales ' +
      'ou d’autres domaines complémentaires.',
    eligibility:
      'This post is opened in the context of the Junior Professional Officer (JPO) scheme sponsored by the Government ' +
      'of Belgium and is addressed exclusively to Belgian nationals who have successfully completed the training ' +
      'programme (Cycle d’Information Générale) organized by the Belgian Technical Cooperation (BTC / CTB).',
    // "Application deadline is 18 December 2015 EST": EST is New York's winter time (UTC−5).
    deadline: { stated: '18 December 2015 EST', date: '2015-12-18', timeZone: 'America/New_York', timeZoneAssumed: false },
    sourceLanguage: 'fr',
    programmeIds: ['belgian-jpo-programme', 'un-women-mali-peace-security'],
  },
  // 003: INTERSOS's protection coordinator "en RDC".
  {
    id: 'intersos-drc-protection-coordinator-2023',
    title: 'Coordinateur.rice de Protection',
    organisationId: 'intersos',
    organisationName: 'INTERSOS',
    positions: 1,
    // "en RDC", no city: the country is known, a duty station is not.
    dutyStations: [],
    countryCodes: ['CD'],
    contractType: 'UNSPECIFIED',
    themes: ['protection', 'gender-based-violence', 'child-protection'],
    // "Français courant, maitrise de l’anglais." under "Profil requis".
    languages: [
      { code: 'fr', required: true },
      { code: 'en', required: true },
    ],
    minExperienceYears: 5,
    education:
      'Diplôme universitaire supérieur dans des domaines liés aux sciences sociales tels que les sciences politiques, ' +
      'les relations internationales, le développement international, la coopération, la sociologie, la psychologie, ' +
      'le droit, les droits de l’homme ou des sujets similaires.\n' +
      'Un diplôme universitaire de premier cycle avec une combinaison pertinente de qualifications académiques et ' +
      'd’expérience peut être accepté à la place du diplôme universitaire supérieur.',
    // No zone and no city; the DRC has two zones. Kinshasa's (UTC+1) is the capital's and the
    // later of the two, so the offer is never shown closed while the day lasts anywhere in the country.
    deadline: { stated: '06 octobre 2023', date: '2023-10-06', timeZone: 'Africa/Kinshasa', timeZoneAssumed: true },
    sourceLanguage: 'fr',
    programmeIds: ['intersos-drc-protection'],
  },
  // 004: UNOPS's community mobilisation coordinator for its Fort National work in Port-au-Prince.
  {
    id: 'unops-haiti-community-mobilisation-2017',
    title: 'Coordonnateur de Mobilisation Communautaire',
    organisationId: 'unops',
    organisationName: 'UNOPS - United Nations Office for Project Services',
    positions: 1,
    dutyStations: [{ city: 'Port-au-Prince', countryCode: 'HT' }],
    contractType: 'INDIVIDUAL_CONTRACTOR',
    contractLabel: 'Local Individual Contract Agreement (LICA) Régulier / mensuel',
    // "Contract level: 9" of the LICA (the job board's side panel says "Level not specified").
    grade: 'LICA 9',
    durationMonths: 6,
    // Occupational group "Communication"; the post is community mobilisation.
    themes: ['community-mobilisation', 'communication'],
    // "Maitrise orale et ecrite du créole et du français est obligatoire ; la connaissance de l'anglais est un atout."
    languages: [
      { code: 'ht', required: true },
      { code: 'fr', required: true },
      { code: 'en', required: false },
    ],
    // With the bachelor's degree; the posting accepts 6 or 8 years with lesser diplomas (see education).
    minExperienceYears: 4,
    education:
      'Un baccalauréat en sciences sociales ou tout autre domaine connexe est requis.\n' +
      "Un diplôme d'associé en administration des entreprises, finances, comptabilité ou domaine pertinent avec 6 ans " +
      "peut être accepté au lieu d'un baccalauréat.\n" +
      "Le diplôme d'études secondaires avec 8 ans d'expérience peut être accepté au lieu d'un baccalauréat.",
    // "Closing Date: 2017-06-15" and "à minuit, heure de Copenhague (heure d’Europe centrale) ou 6 pm
    // heure d'Haiti": midnight ending 15 June in Copenhagen (CEST, UTC+2) = 18:00 in Haiti (EDT, UTC−4).
    deadline: {
      stated: "2017-06-15, à minuit, heure de Copenhague (heure d’Europe centrale) ou 6 pm heure d'Haiti",
      date: '2017-06-15',
      timeZone: 'Europe/Copenhagen',
      timeZoneAssumed: false,
    },
    sourceLanguage: 'fr',
    programmeIds: ['unops-fort-national'],
  },
];
