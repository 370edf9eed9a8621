import type { RecordContributionInput } from '../contributions/contribution-input';
import type { ParticipationRole } from '../programmes/participation.entity';
import type { ProgrammeKind } from '../programmes/programme.entity';
import type { ReportedFundingKind } from '../funding/reported-funding.entity';

export interface SeedProgramme {
  id: string;
  name: string;
  acronym?: string;
  aliases?: string[];
  kind: ProgrammeKind;
  description?: string;
  countryCodes?: string[];
  /** As precise as the source: "2015" where it gives a year. */
  startDate?: string;
  endDate?: string;
  parentId?: string;
  supportsId?: string;
  participants?: { organisationId: string; role: ParticipationRole; note?: string }[];
}

/** A contribution as `recordContribution` takes it, under a stable id. */
export type SeedContribution = RecordContributionInput & { id: string };

export interface SeedReportedFunding {
  id: string;
  programmeId: string;
  amount: string;
  currency: string;
  asOf: string;
  asOfStated: boolean;
  kind: ReportedFundingKind;
  donorIds: string[];
  source: string;
  excerpt: string;
}

/** 001, the one seed document that states funding. */
const ISSSS_SECRETARIAT_PAGE =
  '« Le secrétariat technique de l’ISSSS », présentation du Secrétariat Technique et de ses mécanismes opérationnels';

/**
 * The programmes the seed documents describe, with the facts they state and nothing else;
 * each entry names its source. Organisation ids are those of the organisations service.
 * Programme ids are stable: the offers service links offers to them. Parents and supported
 * programmes come first.
 */
export const SEED_PROGRAMMES: SeedProgramme[] = [
  // 000: "le programme national de stabilisation et de reconstruction (STAREC)". The seeds use
  // "STAREC" for the programme and for the body that co-runs the ISSSS secretariat, the
  // organisations service's `starec`.
  {
    id: 'starec',
    name: 'Programme national de stabilisation et de reconstruction',
    acronym: 'STAREC',
    kind: 'NATIONAL_PROGRAMME',
    countryCodes: ['CD'],
    participants: [{ organisationId: 'starec', role: 'LEAD' }],
  },
  // 000 (and 001 for its secretariat). "Cette stratégie a été élaborée pour soutenir la mise en œuvre
  // du programme national de stabilisation et de reconstruction (STAREC) à partir de 2008": the
  // strategy's support from 2008 (the sentence could also date STAREC's implementation; the
  // ISSSS is the subject, and no other sentence dates STAREC).
  {
    id: 'issss',
    name: 'Stratégie Internationale de Soutien à la Sécurité et la Stabilisation',
    acronym: 'ISSSS',
    aliases: ['International Security and Stabilization Support Strategy'],
    kind: 'STRATEGY',
    description:
      'Cadre de planification et de coordination principale des interventions de stabilisation à l’Est de la RDC, ' +
      'élaborée pour soutenir la mise en œuvre du programme national de stabilisation et de reconstruction (STAREC) ' +
      'à partir de 2008. Elle vise à répondre aux dynamiques de conflits dans l’Est de la RDC : dilemmes sécuritaires, ' +
      'terre et identité, exploitation des ressources naturelles, dynamiques régionales. Sa mise en œuvre se base sur ' +
      'six fonctions clés que remplit l’UAS de la MONUSCO, en collaboration avec d’autres entités : l’engagement ' +
      'politique, l’appui à la coordination et la gestion de programmes à travers le fonds de cohérence pour la ' +
      'stabilisation ; le suivi-évaluation et apprentissage, l’appui aux politiques et le conseil technique, et le ' +
      'renforcement de capacités.',
    countryCodes: ['CD'],
    startDate: '2008',
    supportsId: 'starec',
    participants: [
      {
        organisationId: 'monusco-uas',
        role: 'COORDINATOR',
        note: 'L’UAS coordonne l’ISSSS et les interventions de stabilisation au sens large à l’Est de la RDC.',
      },
      {
        organisationId: 'starec',
        role: 'SECRETARIAT',
        note: 'Le Secrétariat Technique de l’ISSSS est assuré conjointement par le STAREC et l’UAS de la MONUSCO.',
      },
      {
        organisationId: 'monusco-uas',
        role: 'SECRETARIAT',
        note: 'Le Secrétariat Technique de l’ISSSS est assuré conjointement par le STAREC et l’UAS de la MONUSCO.',
      },
    ],
  },
  // 001, "Le secrétariat technique de l’ISSSS"; 000 for its joint running.
  {
    id: 'issss-secretariat',
    name: 'Secrétariat Technique de l’ISSSS',
    aliases: ['ISSSS Technical Secretariat'],
    kind: 'COORDINATION_MECHANISM',
    description:
      'Composé de l’Unité d’Appui à la Stabilisation (UAS) de la MONUSCO et du STAREC, il planifie et coordonne les ' +
      'interventions prioritaires qui rendent l’ISSSS opérationnelle. Sa mission trouve son origine dans une série de ' +
      'résolutions du Conseil de Sécurité des Nations Unies : renforcer l’engagement gouvernemental dans le processus de ' +
      'stabilisation, assurer la gestion effective des programmes de stabilisation financés par le Fonds de Cohérence ' +
      'pour la Stabilisation, renforcer la coordination de programmes financés de manière bilatérale avec l’ISSSS, ' +
      'fournir des conseils politiques et des analyses actualisées des conflits, et rendre compte des leçons tirées d’un ' +
      'système performant de suivi et d’évaluation. Il s’appuie sur deux mécanismes opérationnels : le Fonds de ' +
      'cohérence pour la stabilisation (FCS) et l’alignement des projets financés bilatéralement.',
    countryCodes: ['CD'],
    parentId: 'issss',
    participants: [
      { organisationId: 'starec', role: 'LEAD', note: 'Assuré conjointement par le STAREC et l’UAS de la MONUSCO.' },
      { organisationId: 'monusco-uas', role: 'LEAD', note: 'Assuré conjointement par le STAREC et l’UAS de la MONUSCO.' },
    ],
  },
  // 001, "Mécanisme 1" ("Le FCS a été établi en 2015"); 000 for the UAS's programme management through the fund.
  {
    id: 'fcs',
    name: 'Fonds de cohérence pour la stabilisation',
    acronym: 'FCS',
    aliases: ['Stabilisation Coherence Fund', 'Stabilization Coherence Fund', 'SCF'],
    kind: 'POOLED_FUND',
    description:
      'Mécanisme opérationnel 1 du Secrétariat Technique de l’ISSSS, établi en 2015. Il est géré par un conseil ' +
      'd’administration national, coprésidé par le ministre du Plan et le RSASG/CR/CH de la MONUSCO, ainsi que par ' +
      'trois conseils d’administration provinciaux, coprésidés par les Gouverneurs Provinciaux et les chefs de bureaux ' +
      'de la MONUSCO. Soutien financier du Fonds des Nations Unies pour la consolidation de la paix (FCP), du ' +
      'Royaume-Uni, des Pays-Bas, de la Norvège, de la Suède et de l’Allemagne : 40 265 165 dollars au total ' +
      '(décembre 2017).',
    countryCodes: ['CD'],
    startDate: '2015',
    parentId: 'issss',
    participants: [
      {
        organisationId: 'drc-ministry-of-plan',
        role: 'BOARD_CO_CHAIR',
        note: 'Le ministre du Plan copréside le conseil d’administration national.',
      },
      {
        organisationId: 'monusco',
        role: 'BOARD_CO_CHAIR',
        note:
          'Le RSASG/CR/CH de la MONUSCO copréside le conseil d’administration national ; les chefs de bureaux de la ' +
          'MONUSCO coprésident les trois conseils d’administration provinciaux avec les Gouverneurs Provinciaux.',
      },
      {
        organisationId: 'monusco-uas',
        role: 'MANAGER',
        note:
          'La gestion de programmes à travers le fonds de cohérence pour la stabilisation : une des fonctions ' +
          'que remplit l’UAS, en collaboration avec d’autres entités.',
      },
    ],
  },
  // 001, "Mécanisme 2"; 000: the « Alignement » "tel que mis en œuvre entre 2016 et 2019".
  {
    id: 'issss-aligned-portfolio',
    name: 'Alignement des projets financés bilatéralement',
    aliases: ['Portefeuille aligné de l’ISSSS', 'ISSSS aligned portfolio'],
    kind: 'BILATERAL_PORTFOLIO',
    description:
      'Mécanisme opérationnel 2 du Secrétariat Technique de l’ISSSS : le Secrétariat collabore de manière étroite avec ' +
      'des donateurs bilatéraux et leurs partenaires opérationnels pour aligner leurs projets au cadre de l’ISSSS, pour ' +
      'une approche cohérente et holistique de la transformation des conflits dans les différentes zones prioritaires. ' +
      'Le portefeuille aligné s’élève à un budget de 120 millions de dollars, financés par les Pays-Bas, les États-Unis, ' +
      'le Royaume-Uni, la Suède, l’Allemagne et le PNUD/MONUSCO en partenariat avec la province du Nord-Kivu. ' +
      'L’« Alignement » de projets bilatéraux de stabilisation à l’ISSSS a été mis en œuvre entre 2016 et 2019.',
    countryCodes: ['CD'],
    startDate: '2016',
    endDate: '2019',
    parentId: 'issss',
    participants: [
      {
        organisationId: 'drc-north-kivu',
        role: 'PARTNER',
        note: 'Le PNUD/MONUSCO finance le portefeuille « en partenariat avec la province du Nord-Kivu ».',
      },
    ],
  },
  // 002: "the Junior Professional Officer (JPO) scheme sponsored by the Government of Belgium".
  {
    id: 'belgian-jpo-programme',
    name: 'Junior Professional Officer (JPO) scheme sponsored by the Government of Belgium',
    aliases: ['Belgian JPO programme', 'Programme JPO belge'],
    kind: 'TALENT_PROGRAMME',
    description:
      'Addressed exclusively to Belgian nationals who have successfully completed the training programme ' +
      '(Cycle d’Information Générale) organized by the Belgian Technical Cooperation (BTC / CTB).',
    participants: [
      { organisationId: 'gov-belgium', role: 'SPONSOR' },
      {
        organisationId: 'btc-ctb',
        role: 'TRAINING_PROVIDER',
        note: 'Organise le Cycle d’Information Générale, que les candidats doivent avoir suivi.',
      },
    ],
  },
  // 002: "Dès l’éclatement de la crise, le bureau d’ONU Femmes au Mali a élaboré un vaste programme
  // sur la paix et sécurité", and "Le Mali vit une période de crise depuis 2012": it dates from 2012.
  {
    id: 'un-women-mali-peace-security',
    name: 'Programme paix et sécurité d’ONU Femmes au Mali',
    aliases: ['UN Women Mali peace and security programme'],
    kind: 'AGENCY_PROGRAMME',
    description:
      'Vaste programme sur la paix et sécurité élaboré par le bureau d’ONU Femmes au Mali dès l’éclatement de la crise, ' +
      'en cours de mise en œuvre : il a permis d’apporter des réponses aux besoins des femmes affectées par le conflit ' +
      'et l’implication des femmes dans la recherche de la paix. Son volet économique (programme de relèvement et ' +
      'réintégration post-conflit) porte sur le relèvement économique et la résilience des femmes affectées par le ' +
      'conflit au nord du pays et sur l’autonomisation économique des femmes, conformément à l’axe IV du plan d’action ' +
      'national de la R/1325 au Mali.',
    countryCodes: ['ML'],
    startDate: '2012',
    participants: [
      {
        organisationId: 'un-women-mali',
        role: 'LEAD',
        note: 'Le bureau d’ONU Femmes au Mali a élaboré le programme et le met en œuvre.',
      },
      {
        organisationId: 'gov-belgium',
        role: 'PARTNER',
        note:
          'ONU Femmes travaille avec la Coopération Belge pour identifier les zones les plus indiquées pour allier ' +
          'décentralisation et actions communautaires en faveur du relèvement économique et la réinsertion sociale des femmes.',
      },
    ],
  },
  // 003: "la stratégie de protection de la mission", "les différentes composantes du programme".
  {
    id: 'intersos-drc-protection',
    name: 'Programme de protection d’INTERSOS en RDC',
    aliases: ['INTERSOS DRC protection programme'],
    kind: 'AGENCY_PROGRAMME',
    description:
      'Programme de protection de la mission d’INTERSOS en RDC. Composantes : suivi de protection, prévention et ' +
      'réponse aux violences basées sur le genre (VBG), protection à base communautaire ; ses activités couvrent aussi ' +
      'la protection de l’enfance.',
    countryCodes: ['CD'],
    participants: [{ organisationId: 'intersos', role: 'LEAD' }],
  },
  // 004: "Un vaste programme a été lancé pour fournir du logement et d’autres infrastructures
  // communautaires au centre-ville de Fort National."
  {
    id: 'unops-fort-national',
    name: 'Programme de logement et d’infrastructures communautaires de Fort National',
    aliases: ['Fort National'],
    kind: 'AGENCY_PROGRAMME',
    description:
      'Lancé pour fournir du logement et d’autres infrastructures communautaires au centre-ville de Fort National, ' +
      'l’un des quartiers les plus vulnérables d’Haïti, dans la région métropolitaine de Port-au-Prince que UNOPS-HTOC ' +
      'réhabilite depuis 2010. Réalisés : un nouveau réseau d’eau, une nouvelle rue principale, de nouvelles voies et un ' +
      'grand nombre de projets de logements sociaux ; dernier élément : la construction d’une nouvelle école et d’un ' +
      'dispensaire.',
    countryCodes: ['HT'],
    participants: [{ organisationId: 'unops-htoc', role: 'IMPLEMENTING' }],
  },
];

const FCS_DONORS_EXCERPT =
  'Un soutien financier a été apporté par le Fonds des Nations Unies pour la consolidation de la paix (FCP), ' +
  'par le Royaume-Uni, les Pays-Bas, la Norvège, la Suède et l’Allemagne.';
const ALIGNED_PORTFOLIO_EXCERPT =
  'Le portefeuille aligné actuel s’élève à un budget de 120 millions de dollars, financés par les Pays-Bas, ' +
  'les États-Unis, le Royaume-Uni, la Suède, l’Allemagne et le PNUD/MONUSCO en partenariat avec la province du Nord-Kivu.';

/** 001 names six FCS donors, in this order, without their amounts. */
export const FCS_DONOR_IDS = ['un-pbf', 'gov-uk', 'gov-netherlands', 'gov-norway', 'gov-sweden', 'gov-germany'];

/** 001 names the aligned portfolio's funders; "le PNUD/MONUSCO" is recorded as UNDP and MONUSCO. */
export const ALIGNED_PORTFOLIO_DONOR_IDS = [
  'gov-netherlands',
  'gov-united-states',
  'gov-uk',
  'gov-sweden',
  'gov-germany',
  'undp',
  'monusco',
];

/**
 * Contributions whose amounts no source states. FCS support "a été apporté" (was provided):
 * PAID. The aligned portfolio's budget is "financé par" its funders, which says committed,
 * not disbursed: COMMITTED. No dates are stated.
 */
export const SEED_CONTRIBUTIONS: SeedContribution[] = [
  ...FCS_DONOR_IDS.map((donorId) => ({
    id: `fcs-${donorId}`,
    programmeId: 'fcs',
    donorId,
    status: 'PAID' as const,
    source: ISSSS_SECRETARIAT_PAGE,
    excerpt: FCS_DONORS_EXCERPT,
  })),
  ...ALIGNED_PORTFOLIO_DONOR_IDS.map((donorId) => ({
    id: `issss-aligned-portfolio-${donorId}`,
    programmeId: 'issss-aligned-portfolio',
    donorId,
    status: 'COMMITTED' as const,
    source: ISSSS_SECRETARIAT_PAGE,
    excerpt: ALIGNED_PORTFOLIO_EXCERPT,
  })),
];

/**
 * The totals 001 reports. Its "dollars" are US dollars (UN figures for the DRC). The FCS
 * total is dated December 2017. The portfolio's budget is undated ("actuel"): its as-of
 * date is the only date the same page gives, December 2017, flagged as not stated.
 */
export const SEED_REPORTED_FUNDING: SeedReportedFunding[] = [
  {
    id: 'fcs-2017-12',
    programmeId: 'fcs',
    amount: '40265165.00',
    currency: 'USD',
    asOf: '2017-12',
    asOfStated: true,
    kind: 'TOTAL_CONTRIBUTIONS',
    donorIds: FCS_DONOR_IDS,
    source: ISSSS_SECRETARIAT_PAGE,
    excerpt: 'Le montant total des contributions au FCS s’élève à 40 265 165 dollars (Décembre 2017).',
  },
  {
    id: 'issss-aligned-portfolio-budget',
    programmeId: 'issss-aligned-portfolio',
    amount: '120000000.00',
    currency: 'USD',
    asOf: '2017-12',
    asOfStated: false,
    kind: 'BUDGET',
    donorIds: ALIGNED_PORTFOLIO_DONOR_IDS,
    source: ISSSS_SECRETARIAT_PAGE,
    excerpt: ALIGNED_PORTFOLIO_EXCERPT,
  },
];
