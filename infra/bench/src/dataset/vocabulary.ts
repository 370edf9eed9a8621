import type { ContractType } from './rows';

/**
 * Words of the field, from the seed documents first (themes, contract labels, roles, the
 * French sentences of seed-sentences.ts) and completed with the usual ones of job boards.
 */

/** A theme slug with how a job title names it in French and in English. */
export interface Theme {
  slug: string;
  fr: string;
  en: string;
}

export const THEMES: Theme[] = [
  { slug: 'stabilisation', fr: 'Stabilisation', en: 'Stabilization' },
  { slug: 'peace', fr: 'Consolidation de la paix', en: 'Peacebuilding' },
  { slug: 'coordination', fr: 'Coordination humanitaire', en: 'Humanitarian Coordination' },
  { slug: 'protection', fr: 'Protection', en: 'Protection' },
  { slug: 'child-protection', fr: 'Protection de l’enfance', en: 'Child Protection' },
  { slug: 'gender', fr: 'Genre', en: 'Gender' },
  { slug: 'gender-based-violence', fr: 'Violences basées sur le genre', en: 'Gender-Based Violence' },
  { slug: 'women-peace-security', fr: 'Femmes, paix et sécurité', en: 'Women, Peace and Security' },
  { slug: 'economic-recovery', fr: 'Relèvement économique', en: 'Economic Recovery' },
  { slug: 'community-mobilisation', fr: 'Mobilisation communautaire', en: 'Community Mobilization' },
  { slug: 'communication', fr: 'Communication', en: 'Communications' },
  { slug: 'health', fr: 'Santé', en: 'Health' },
  { slug: 'nutrition', fr: 'Nutrition', en: 'Nutrition' },
  { slug: 'wash', fr: 'Eau, hygiène et assainissement', en: 'WASH' },
  { slug: 'education', fr: 'Éducation en situation d’urgence', en: 'Education in Emergencies' },
  { slug: 'shelter', fr: 'Abris', en: 'Shelter' },
  { slug: 'food-security', fr: 'Sécurité alimentaire', en: 'Food Security' },
  { slug: 'livelihoods', fr: 'Moyens de subsistance', en: 'Livelihoods' },
  { slug: 'logistics', fr: 'Logistique', en: 'Logistics' },
  { slug: 'supply-chain', fr: 'Approvisionnement', en: 'Supply Chain' },
  { slug: 'monitoring-evaluation', fr: 'Suivi et évaluation', en: 'Monitoring and Evaluation' },
  { slug: 'information-management', fr: 'Gestion de l’information', en: 'Information Management' },
  { slug: 'finance', fr: 'Finances', en: 'Finance' },
  { slug: 'human-resources', fr: 'Ressources humaines', en: 'Human Resources' },
  { slug: 'cash-transfers', fr: 'Transferts monétaires', en: 'Cash Transfers' },
  { slug: 'migration', fr: 'Migration', en: 'Migration' },
  { slug: 'climate', fr: 'Climat et environnement', en: 'Climate and Environment' },
  { slug: 'governance', fr: 'Gouvernance', en: 'Governance' },
  { slug: 'rule-of-law', fr: 'État de droit', en: 'Rule of Law' },
  { slug: 'mine-action', fr: 'Lutte antimines', en: 'Mine Action' },
  { slug: 'infrastructure', fr: 'Infrastructures', en: 'Infrastructure' },
  { slug: 'security', fr: 'Sécurité du personnel', en: 'Safety and Security' },
];

/** Job titles: "<role> <subject>" in French, "<role>, <subject>" or "<subject> <role>" in English. */
export const ROLES_FR = [
  'Chargé(e) de',
  'Coordinateur.rice de',
  'Coordonnateur de',
  'Responsable',
  'Assistant(e) en',
  'Spécialiste en',
  'Officier de',
  'Conseiller(ère) en',
  'Chef de projet',
  'Stagiaire en',
  'Expert(e) en',
  'Superviseur(e)',
  'Chargé de la Coordination',
  'Animateur(rice)',
  'Référent(e)',
];
export const ROLES_EN = [
  'Officer',
  'Coordinator',
  'Specialist',
  'Associate',
  'Manager',
  'Advisor',
  'Assistant',
  'Intern',
  'Consultant',
  'Analyst',
  'Team Leader',
  'Programme Officer',
  'Project Manager',
  'Technical Expert',
  'Focal Point',
];
export const SENIORITY_EN = ['', '', '', 'Senior ', 'Junior ', 'Deputy ', 'Head of ', 'National '];

export const CONTRACT_TYPE_WEIGHTS: [ContractType, number][] = [
  ['STAFF', 25],
  ['CONSULTANCY', 22],
  ['INDIVIDUAL_CONTRACTOR', 12],
  ['INTERNSHIP', 7],
  ['VOLUNTEER', 7],
  ['JPO', 3],
  ['OTHER', 4],
  ['UNSPECIFIED', 20],
];

export const CONTRACT_LABELS: Record<ContractType, string[]> = {
  STAFF: ['Fixed Term Appointment', 'Temporary Appointment', 'Contrat à durée déterminée'],
  CONSULTANCY: ['Consultancy', 'Consultant national', 'International Consultant'],
  INDIVIDUAL_CONTRACTOR: ['Local Individual Contract Agreement (LICA)', 'International Individual Contractor Agreement (IICA)'],
  INTERNSHIP: ['Internship', 'Stage'],
  VOLUNTEER: ['UN Volunteer', 'Volontariat de solidarité internationale'],
  JPO: ['Junior Professional Officer'],
  OTHER: ['Service Contract', 'Contrat de prestation'],
  UNSPECIFIED: [],
};

export const GRADES: Partial<Record<ContractType, string[]>> = {
  STAFF: ['P-2', 'P-3', 'P-4', 'P-5', 'NO-A', 'NO-B', 'NO-C', 'G-5', 'G-6', 'G-7'],
  INDIVIDUAL_CONTRACTOR: ['LICA 5', 'LICA 7', 'LICA 9', 'LICA 11', 'IICA 1', 'IICA 2'],
  JPO: ['P-1', 'P-2'],
};

export const LANGUAGE_WEIGHTS: [string, number][] = [
  ['fr', 40],
  ['en', 40],
  ['ar', 6],
  ['es', 4],
  ['pt', 2],
  ['sw', 2],
  ['ht', 2],
  ['ru', 2],
  ['uk', 2],
];

export const EDUCATION = [
  'Master en sciences sociales, relations internationales ou domaine connexe',
  'Diplôme universitaire en droit, sciences politiques ou développement',
  'Advanced university degree in social sciences, international relations or a related field',
  'First-level university degree with two additional years of relevant experience',
  'Licence en gestion, économie ou finance',
];

export const HEADINGS = {
  fr: ['Contexte', 'Description du poste', 'Responsabilités', 'Profil recherché', 'Compétences', 'Conditions'],
  en: ['Background', 'Duties and Responsibilities', 'Competencies', 'Required Skills and Experience', 'Conditions'],
};

/** English sentences in the register of the postings (the seed documents' French ones are read from their texts). */
export const SENTENCES_EN = [
  'The incumbent will support the coordination of humanitarian and stabilization interventions in the area of responsibility.',
  'Under the supervision of the Head of Office, the Officer ensures the timely implementation of project activities.',
  'The organisation works with national authorities, civil society and communities affected by conflict.',
  'Ensure regular monitoring of activities and prepare monthly progress reports for donors.',
  'Facilitate coordination meetings with partners and maintain an up-to-date mapping of interventions.',
  'Contribute to the design of community-based protection mechanisms and referral pathways.',
  'Support the integration of gender and protection considerations across all programme activities.',
  'Manage a team of field staff and ensure adherence to security procedures.',
  'Provide technical advice on monitoring and evaluation, data collection and analysis.',
  'Prepare budgets, procurement plans and financial reports in line with donor requirements.',
  'Build the capacity of local partners in project management and accountability to affected populations.',
  'At least five years of progressively responsible experience in humanitarian or development work is required.',
  'Fluency in English and French is required; knowledge of a local language is an asset.',
  'Experience in conflict-affected settings and with pooled funds is highly desirable.',
  'The position is based in a non-family duty station with frequent travel to project sites.',
  'Strong analytical, drafting and communication skills, and the ability to work under pressure.',
  'Knowledge of cash transfer programming, livelihoods and economic recovery approaches.',
  'Coordinate the distribution of food, shelter and non-food items to displaced households.',
  'Liaise with clusters, government counterparts and United Nations agencies at provincial level.',
  'Lead assessments of community needs and ensure the participation of women and youth.',
  'Ensure compliance with policies on the prevention of sexual exploitation and abuse.',
  'Support the recruitment, onboarding and training of national staff and volunteers.',
  'Maintain the information management system and produce maps, dashboards and situation reports.',
  'The programme aims to restore state authority and strengthen social cohesion in eastern provinces.',
  'Applications from qualified women and persons with disabilities are strongly encouraged.',
  'Only shortlisted candidates will be contacted; the organisation does not charge any fee at any stage.',
  'Monitor the implementation of water, sanitation and hygiene activities in health facilities and schools.',
  'Support the logistics team with warehouse management, fleet tracking and supply planning.',
  'Develop partnerships with donors and draft funding proposals and concept notes.',
  'Promote peaceful coexistence through dialogue, mediation and community reconciliation initiatives.',
];

/** Parts of synthetic NGO and foundation names. */
export const NGO_NAMES = {
  frHeads: ['Action', 'Solidarité', 'Aide', 'Alliance', 'Initiative', 'Réseau', 'Association', 'Collectif', 'Fondation', 'Centre'],
  frTails: [
    'pour la Paix',
    'pour l’Enfance',
    'pour le Développement',
    'contre la Faim',
    'pour la Santé',
    'des Femmes Rurales',
    'pour l’Éducation',
    'Sans Frontières',
    'pour la Dignité',
    'pour l’Eau',
    'Humanitaire',
    'pour la Cohésion Sociale',
  ],
  enHeads: ['Hope', 'Relief', 'Peace', 'Health', 'Children', 'Water', 'Future', 'Bridge', 'Unity', 'Harvest', 'Shelter', 'Light'],
  enTails: ['International', 'Without Borders', 'Alliance', 'Foundation', 'Network', 'Trust', 'Partners', 'Relief', 'Corps', 'Aid'],
};

/** The United Nations system, as the seed organisations name it: [acronym, name, French alias]. */
export const UN_AGENCIES: [string, string, string][] = [
  ['UNDP', 'United Nations Development Programme', 'PNUD'],
  ['UNICEF', 'United Nations Children’s Fund', 'Fonds des Nations Unies pour l’enfance'],
  ['UNHCR', 'United Nations High Commissioner for Refugees', 'HCR'],
  ['WFP', 'World Food Programme', 'PAM'],
  ['OCHA', 'Office for the Coordination of Humanitarian Affairs', 'Bureau de la coordination des affaires humanitaires'],
  ['UNOPS', 'United Nations Office for Project Services', 'Bureau des Nations Unies pour les services d’appui aux projets'],
  ['UN Women', 'UN Women', 'ONU Femmes'],
  ['IOM', 'International Organization for Migration', 'OIM'],
  ['WHO', 'World Health Organization', 'OMS'],
  ['FAO', 'Food and Agriculture Organization', 'Organisation des Nations Unies pour l’alimentation et l’agriculture'],
  ['UNFPA', 'United Nations Population Fund', 'Fonds des Nations Unies pour la population'],
  ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'Organisation des Nations Unies pour l’éducation'],
  ['ILO', 'International Labour Organization', 'OIT'],
  ['UNEP', 'United Nations Environment Programme', 'PNUE'],
  ['UN-Habitat', 'United Nations Human Settlements Programme', 'ONU-Habitat'],
  ['UNMAS', 'United Nations Mine Action Service', 'Service de la lutte antimines'],
  ['OHCHR', 'Office of the High Commissioner for Human Rights', 'Haut-Commissariat aux droits de l’homme'],
  ['UNV', 'United Nations Volunteers', 'Volontaires des Nations Unies'],
];

export const UN_MISSIONS: [string, string, string][] = [
  ['MONUSCO', 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'CD'],
  ['MINUSCA', 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'CF'],
  ['UNMISS', 'United Nations Mission in South Sudan', 'SS'],
  ['UNSOM', 'United Nations Assistance Mission in Somalia', 'SO'],
  ['BINUH', 'United Nations Integrated Office in Haiti', 'HT'],
  ['UNAMA', 'United Nations Assistance Mission in Afghanistan', 'AF'],
];

/** Programme names: a kind of programme and what it is about. */
export const PROGRAMME_HEADS = {
  fr: ['Programme de', 'Projet d’appui à la', 'Fonds pour la', 'Initiative de', 'Stratégie de', 'Plan de réponse pour la'],
  en: ['Programme for', 'Support Project for', 'Fund for', 'Initiative on', 'Strategy for', 'Response Plan for'],
};

export const CURRENCY_WEIGHTS: [string, number][] = [
  ['USD', 50],
  ['EUR', 24],
  ['GBP', 8],
  ['SEK', 5],
  ['NOK', 4],
  ['CHF', 3],
  ['JPY', 3],
  ['CAD', 2],
  ['DKK', 1],
];

/**
 * Sentences about the offer itself ({theme}, {city}, {country}, {organisation}), so that a
 * search for a theme, a city or an employer finds the offers about it, as on a real board.
 */
export const TEMPLATES = {
  fr: [
    'Sous la supervision du chef de bureau, le ou la titulaire appuie les activités de {theme} à {city}.',
    '{organisation} recrute pour renforcer son équipe {theme} en {country}.',
    'Assurer la planification, le suivi et le rapportage des projets de {theme}.',
    'Expérience d’au moins trois ans en {theme}, de préférence en {country} ou dans la région.',
    'Représenter {organisation} auprès des partenaires et des autorités locales à {city}.',
    'Le poste est basé à {city}, avec des déplacements fréquents sur le terrain.',
  ],
  en: [
    'Under the supervision of the Head of Office, the incumbent supports {theme} activities in {city}.',
    '{organisation} is looking for a motivated professional to strengthen its {theme} team in {country}.',
    'Plan, monitor and report on {theme} projects in line with donor requirements.',
    'At least three years of experience in {theme}, preferably in {country} or the region.',
    'Represent {organisation} with partners and local authorities in {city}.',
    'The position is based in {city} with frequent travel to the field.',
  ],
};
