/**
 * Where humanitarian and development jobs are: the seed offers' countries (CD, ML, HT) and
 * the other usual duty stations, with their cities and the IANA zone a deadline is read in.
 * `weight` is how often offers go there.
 */
export interface Country {
  code: string;
  nameFr: string;
  nameEn: string;
  zone: string;
  cities: string[];
  weight: number;
}

export const COUNTRIES: Country[] = [
  {
    code: 'CD',
    nameFr: 'RDC',
    nameEn: 'DRC',
    zone: 'Africa/Lubumbashi',
    weight: 14,
    cities: ['Goma', 'Bunia', 'Bukavu', 'Kinshasa', 'Beni', 'Uvira', 'Kalemie', 'Kananga', 'Lubumbashi'],
  },
  {
    code: 'ML',
    nameFr: 'Mali',
    nameEn: 'Mali',
    zone: 'Africa/Bamako',
    weight: 7,
    cities: ['Bamako', 'Mopti', 'Gao', 'Tombouctou', 'Kidal', 'Ségou'],
  },
  {
    code: 'HT',
    nameFr: 'Haïti',
    nameEn: 'Haiti',
    zone: 'America/Port-au-Prince',
    weight: 6,
    cities: ['Port-au-Prince', 'Les Cayes', 'Jacmel', 'Cap-Haïtien', 'Gonaïves'],
  },
  {
    code: 'CF',
    nameFr: 'Centrafrique',
    nameEn: 'Central African Republic',
    zone: 'Africa/Bangui',
    weight: 5,
    cities: ['Bangui', 'Bambari', 'Bria', 'Bossangoa'],
  },
  { code: 'NE', nameFr: 'Niger', nameEn: 'Niger', zone: 'Africa/Niamey', weight: 4, cities: ['Niamey', 'Diffa', 'Agadez', 'Tillabéri'] },
  {
    code: 'BF',
    nameFr: 'Burkina Faso',
    nameEn: 'Burkina Faso',
    zone: 'Africa/Ouagadougou',
    weight: 4,
    cities: ['Ouagadougou', 'Kaya', 'Dori', 'Fada N’Gourma'],
  },
  { code: 'TD', nameFr: 'Tchad', nameEn: 'Chad', zone: 'Africa/Ndjamena', weight: 3, cities: ['N’Djamena', 'Abéché', 'Goré'] },
  { code: 'CM', nameFr: 'Cameroun', nameEn: 'Cameroon', zone: 'Africa/Douala', weight: 3, cities: ['Yaoundé', 'Maroua', 'Bamenda'] },
  { code: 'SN', nameFr: 'Sénégal', nameEn: 'Senegal', zone: 'Africa/Dakar', weight: 3, cities: ['Dakar', 'Ziguinchor'] },
  {
    code: 'SS',
    nameFr: 'Soudan du Sud',
    nameEn: 'South Sudan',
    zone: 'Africa/Juba',
    weight: 5,
    cities: ['Juba', 'Malakal', 'Bentiu', 'Wau'],
  },
  { code: 'SD', nameFr: 'Soudan', nameEn: 'Sudan', zone: 'Africa/Khartoum', weight: 4, cities: ['Port Sudan', 'El Fasher', 'Kassala'] },
  {
    code: 'SO',
    nameFr: 'Somalie',
    nameEn: 'Somalia',
    zone: 'Africa/Mogadishu',
    weight: 4,
    cities: ['Mogadishu', 'Baidoa', 'Garowe', 'Hargeisa'],
  },
  {
    code: 'ET',
    nameFr: 'Éthiopie',
    nameEn: 'Ethiopia',
    zone: 'Africa/Addis_Ababa',
    weight: 4,
    cities: ['Addis Ababa', 'Gambella', 'Mekelle'],
  },
  { code: 'KE', nameFr: 'Kenya', nameEn: 'Kenya', zone: 'Africa/Nairobi', weight: 4, cities: ['Nairobi', 'Dadaab', 'Kakuma'] },
  { code: 'NG', nameFr: 'Nigéria', nameEn: 'Nigeria', zone: 'Africa/Lagos', weight: 3, cities: ['Maiduguri', 'Abuja', 'Yola'] },
  { code: 'UG', nameFr: 'Ouganda', nameEn: 'Uganda', zone: 'Africa/Kampala', weight: 2, cities: ['Kampala', 'Arua', 'Gulu'] },
  { code: 'MZ', nameFr: 'Mozambique', nameEn: 'Mozambique', zone: 'Africa/Maputo', weight: 2, cities: ['Pemba', 'Maputo'] },
  { code: 'JO', nameFr: 'Jordanie', nameEn: 'Jordan', zone: 'Asia/Amman', weight: 2, cities: ['Amman', 'Zaatari', 'Irbid'] },
  { code: 'LB', nameFr: 'Liban', nameEn: 'Lebanon', zone: 'Asia/Beirut', weight: 2, cities: ['Beyrouth', 'Tripoli', 'Zahlé'] },
  { code: 'SY', nameFr: 'Syrie', nameEn: 'Syria', zone: 'Asia/Damascus', weight: 2, cities: ['Damas', 'Alep', 'Gaziantep'] },
  { code: 'YE', nameFr: 'Yémen', nameEn: 'Yemen', zone: 'Asia/Aden', weight: 2, cities: ['Aden', 'Sana’a', 'Marib'] },
  { code: 'AF', nameFr: 'Afghanistan', nameEn: 'Afghanistan', zone: 'Asia/Kabul', weight: 2, cities: ['Kabul', 'Herat', 'Mazar-i-Sharif'] },
  { code: 'BD', nameFr: 'Bangladesh', nameEn: 'Bangladesh', zone: 'Asia/Dhaka', weight: 2, cities: ['Cox’s Bazar', 'Dhaka'] },
  { code: 'MM', nameFr: 'Myanmar', nameEn: 'Myanmar', zone: 'Asia/Yangon', weight: 1, cities: ['Yangon', 'Sittwe'] },
  { code: 'UA', nameFr: 'Ukraine', nameEn: 'Ukraine', zone: 'Europe/Kyiv', weight: 3, cities: ['Kyiv', 'Kharkiv', 'Dnipro', 'Odesa'] },
  { code: 'CO', nameFr: 'Colombie', nameEn: 'Colombia', zone: 'America/Bogota', weight: 2, cities: ['Bogotá', 'Cúcuta', 'Quibdó'] },
  { code: 'VE', nameFr: 'Venezuela', nameEn: 'Venezuela', zone: 'America/Caracas', weight: 1, cities: ['Caracas', 'Maracaibo'] },
  { code: 'CH', nameFr: 'Suisse', nameEn: 'Switzerland', zone: 'Europe/Zurich', weight: 3, cities: ['Genève', 'Berne'] },
  { code: 'US', nameFr: 'États-Unis', nameEn: 'United States', zone: 'America/New_York', weight: 2, cities: ['New York', 'Washington'] },
  { code: 'FR', nameFr: 'France', nameEn: 'France', zone: 'Europe/Paris', weight: 2, cities: ['Paris', 'Lyon'] },
  { code: 'BE', nameFr: 'Belgique', nameEn: 'Belgium', zone: 'Europe/Brussels', weight: 2, cities: ['Bruxelles'] },
  { code: 'IT', nameFr: 'Italie', nameEn: 'Italy', zone: 'Europe/Rome', weight: 1, cities: ['Rome', 'Brindisi'] },
  { code: 'DK', nameFr: 'Danemark', nameEn: 'Denmark', zone: 'Europe/Copenhagen', weight: 1, cities: ['Copenhague'] },
];

export const COUNTRY_WEIGHTS = COUNTRIES.map((country) => [country, country.weight] as const);

/** Governments that fund programmes, as donors: [organisation name, country code]. */
export const DONOR_COUNTRIES: [string, string][] = [
  ['United Kingdom', 'GB'],
  ['Netherlands', 'NL'],
  ['Norway', 'NO'],
  ['Sweden', 'SE'],
  ['Germany', 'DE'],
  ['United States', 'US'],
  ['Belgium', 'BE'],
  ['France', 'FR'],
  ['Switzerland', 'CH'],
  ['Denmark', 'DK'],
  ['Canada', 'CA'],
  ['Japan', 'JP'],
  ['Italy', 'IT'],
  ['Ireland', 'IE'],
  ['Finland', 'FI'],
  ['Spain', 'ES'],
  ['Australia', 'AU'],
  ['Luxembourg', 'LU'],
  ['Austria', 'AT'],
  ['Korea', 'KR'],
  ['Qatar', 'QA'],
  ['Kuwait', 'KW'],
  ['Saudi Arabia', 'SA'],
  ['United Arab Emirates', 'AE'],
  ['New Zealand', 'NZ'],
  ['Czechia', 'CZ'],
  ['Poland', 'PL'],
  ['Portugal', 'PT'],
  ['Iceland', 'IS'],
  ['Estonia', 'EE'],
];
