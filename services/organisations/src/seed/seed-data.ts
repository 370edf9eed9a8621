import type { CreateOrganisationInput } from '../organisations/organisation-input';

/** An organisation as `createOrganisation` takes it, under the stable id the other services use. */
export type SeedOrganisation = CreateOrganisationInput & { id: string };

/**
 * Every organisation the seed documents in shared/seeds name, with the relations they
 * state. Each entry notes its source; facts the sources do not give stay empty. Identifiers
 * are only those that are public record (the IATI identifiers the agencies publish under, the
 * domain of a website the sources give); ReliefWeb and FTS ids, and the donors' IATI
 * identifiers, are left for an import or an admin to set.
 * Ids are stable slugs: the offers and programmes services refer to them.
 * Parents come before their units.
 */
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  // 000 ("Organization: UNDP"), 001 ("PNUD/MONUSCO"), 004 ("UNDP - United Nations Development Programme").
  // IATI: the identifier UNDP publishes its activities under (OECD DAC channel code 41114).
  {
    id: 'undp',
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
    aliases: ['PNUD', 'Programme des Nations Unies pour le développement'],
    kind: 'UN_AGENCY',
    identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41114' }],
  },
  // 000 and 001: the UAS of MONUSCO runs the ISSSS technical secretariat with STAREC.
  {
    id: 'monusco',
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    acronym: 'MONUSCO',
    aliases: ['Mission de l’Organisation des Nations Unies pour la stabilisation en République démocratique du Congo'],
    kind: 'UN_MISSION',
    countryCode: 'CD',
  },
  {
    id: 'monusco-uas',
    name: 'Unité d’Appui à la Stabilisation',
    acronym: 'UAS',
    aliases: ['Stabilization Support Unit', 'SSU'],
    kind: 'UNIT',
    parentId: 'monusco',
    countryCode: 'CD',
    description:
      'Unité de la MONUSCO qui coordonne l’ISSSS et les interventions de stabilisation à l’Est de la RDC; ' +
      'assure avec le STAREC le Secrétariat Technique de l’ISSSS.',
  },
  // 002: "ONU Femmes", "le bureau d’ONU Femmes au Mali".
  {
    id: 'un-women',
    name: 'UN Women',
    aliases: ['ONU Femmes', 'United Nations Entity for Gender Equality and the Empowerment of Women'],
    kind: 'UN_AGENCY',
    // IATI: UN Women's published identifier (DAC channel code 41146).
    identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41146' }],
  },
  {
    id: 'un-women-mali',
    name: 'Bureau d’ONU Femmes au Mali',
    aliases: ['UN Women Mali Country Office'],
    kind: 'UNIT',
    parentId: 'un-women',
    countryCode: 'ML',
  },
  // 004: "UNOPS - United Nations Office for Project Services", and its Haiti Operations Centre.
  {
    id: 'unops',
    name: 'United Nations Office for Project Services',
    acronym: 'UNOPS',
    aliases: ['Bureau des Nations Unies pour les services d’appui aux projets'],
    kind: 'UN_AGENCY',
    website: 'https://www.unops.org',
    // IATI: UNOPS's published identifier (DAC channel code 41502); DOMAIN: its website's.
    identifiers: [
      { scheme: 'IATI', value: 'XM-DAC-41502' },
      { scheme: 'DOMAIN', value: 'unops.org' },
    ],
    description:
      'Aide les personnes démunies en renforçant la capacité des Nations Unies, des gouvernements et de ses autres ' +
      'partenaires à mener leurs activités en matière d’infrastructures, d’achats et de gestion de projets.',
  },
  {
    id: 'unops-htoc',
    name: 'Centre des opérations de l’UNOPS Haïti',
    acronym: 'HTOC',
    aliases: ['UNOPS-HTOC', 'UNOPS Haiti Operations Centre'],
    kind: 'UNIT',
    parentId: 'unops',
    countryCode: 'HT',
    description:
      'Fournit en Haïti des services de gestion de projet, d’approvisionnement et de logistique; ' +
      'réhabilite les quartiers de la région métropolitaine de Port-au-Prince depuis 2010.',
  },
  // 003: "INTERSOS recrute un.e Coordinateur.rice de Protection en RDC".
  { id: 'intersos', name: 'INTERSOS', kind: 'NGO' },
  // 004, "Similar Jobs": "UNHCR - United Nations High Commissioner for Refugees".
  {
    id: 'unhcr',
    name: 'United Nations High Commissioner for Refugees',
    acronym: 'UNHCR',
    aliases: ['HCR', 'Haut-Commissariat des Nations Unies pour les réfugiés'],
    kind: 'UN_AGENCY',
    // IATI: UNHCR's published identifier (DAC channel code 41121).
    identifiers: [{ scheme: 'IATI', value: 'XM-DAC-41121' }],
  },
  // 001: "le Fonds des Nations Unies pour la consolidation de la paix (FCP)" funds the FCS.
  {
    id: 'un-pbf',
    name: 'United Nations Peacebuilding Fund',
    acronym: 'PBF',
    aliases: ['FCP', 'Fonds des Nations Unies pour la consolidation de la paix'],
    kind: 'POOLED_FUND',
  },
  // 001: the FCS's and the aligned portfolio's government donors.
  { id: 'gov-uk', name: 'United Kingdom', aliases: ['Royaume-Uni', 'UK'], kind: 'GOVERNMENT', countryCode: 'GB' },
  { id: 'gov-netherlands', name: 'Netherlands', aliases: ['Pays-Bas'], kind: 'GOVERNMENT', countryCode: 'NL' },
  { id: 'gov-norway', name: 'Norway', aliases: ['Norvège'], kind: 'GOVERNMENT', countryCode: 'NO' },
  { id: 'gov-sweden', name: 'Sweden', aliases: ['Suède'], kind: 'GOVERNMENT', countryCode: 'SE' },
  { id: 'gov-germany', name: 'Germany', aliases: ['Allemagne'], kind: 'GOVERNMENT', countryCode: 'DE' },
  {
    id: 'gov-united-states',
    name: 'United States',
    aliases: ['États-Unis', 'USA'],
    kind: 'GOVERNMENT',
    countryCode: 'US',
  },
  // 002: the JPO scheme "sponsored by the Government of Belgium"; "la Coopération Belge"; BTC / CTB.
  {
    id: 'gov-belgium',
    name: 'Belgium',
    aliases: ['Government of Belgium', 'Belgique', 'Coopération Belge'],
    kind: 'GOVERNMENT',
    countryCode: 'BE',
  },
  {
    id: 'btc-ctb',
    name: 'Belgian Technical Cooperation',
    acronym: 'BTC',
    aliases: ['CTB', 'Coopération Technique Belge'],
    kind: 'GOVERNMENT',
    parentId: 'gov-belgium',
    countryCode: 'BE',
    description: 'Organise le Cycle d’Information Générale, la formation que doivent avoir suivie les candidats JPO belges.',
  },
  // 000 and 001: the DRC government, its Ministry of Plan (co-chairs the FCS board),
  // STAREC (co-runs the ISSSS secretariat) and the North Kivu province (aligned portfolio partner).
  {
    id: 'gov-drc',
    name: 'Government of the Democratic Republic of the Congo',
    aliases: ['Gouvernement de la République démocratique du Congo', 'RDC', 'DRC'],
    kind: 'GOVERNMENT',
    countryCode: 'CD',
  },
  {
    id: 'drc-ministry-of-plan',
    name: 'Ministère du Plan',
    aliases: ['Ministry of Plan', 'ministre du Plan'],
    kind: 'GOVERNMENT',
    parentId: 'gov-drc',
    countryCode: 'CD',
  },
  {
    id: 'starec',
    name: 'Programme de stabilisation et de reconstruction des zones sortant des conflits armés',
    acronym: 'STAREC',
    aliases: ['programme national de stabilisation et de reconstruction'],
    kind: 'GOVERNMENT',
    parentId: 'gov-drc',
    countryCode: 'CD',
    description:
      'Structure gouvernementale du programme national de stabilisation et de reconstruction; ' +
      'assure avec l’UAS de la MONUSCO le Secrétariat Technique de l’ISSSS.',
  },
  {
    id: 'drc-north-kivu',
    name: 'Province du Nord-Kivu',
    aliases: ['North Kivu Province', 'Nord-Kivu'],
    kind: 'GOVERNMENT',
    parentId: 'gov-drc',
    countryCode: 'CD',
  },
];
