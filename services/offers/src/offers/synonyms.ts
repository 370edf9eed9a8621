/**
 * The sector's French/English pairs and acronyms that find each other in a search: a search
 * naming one phrase of a group also finds the offers that use another (any of a phrase's
 * words, in any order, as every search does). Reviewed like code: a pair belongs here when a
 * job seeker would expect it, not when two words are merely related. Phrases are written as
 * people type them; they go through the same word rules as searches (search-terms.ts).
 * Acronyms of one letter each (M&E) cannot be searched: one-letter words are dropped.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['genre', 'gender'],
  ['protection de l’enfance', 'child protection'],
  ['violences basées sur le genre', 'VBG', 'gender-based violence', 'GBV'],
  ['exploitation et abus sexuels', 'EAS', 'PSEA', 'sexual exploitation and abuse', 'PEAS'],
  ['suivi-évaluation', 'suivi et évaluation', 'monitoring and evaluation', 'MEAL'],
  ['consolidation de la paix', 'peacebuilding', 'peace building'],
  ['sécurité alimentaire', 'food security'],
  ['moyens de subsistance', 'livelihoods'],
  ['eau hygiène assainissement', 'EHA', 'WASH'],
  ['logistique', 'logistics'],
  ['approvisionnement', 'supply chain'],
  ['ressources humaines', 'human resources', 'RH', 'HR'],
  ['transferts monétaires', 'cash transfers', 'cash'],
  ['gestion de l’information', 'information management'],
  ['relèvement économique', 'economic recovery'],
  ['mobilisation communautaire', 'community mobilisation', 'community mobilization'],
  ['éducation en situation d’urgence', 'education in emergencies'],
  ['santé', 'health'],
  ['abris', 'shelter'],
  ['femmes', 'women'],
  ['enfants', 'children'],
  ['réfugiés', 'refugees'],
  ['personnes déplacées', 'déplacés internes', 'internally displaced', 'IDP'],
  ['coordonnateur', 'coordinateur', 'coordinator'],
  ['chargé de programme', 'programme officer', 'program officer'],
  ['stagiaire', 'stage', 'intern', 'internship'],
  ['consultant', 'consultante', 'consultancy'],
];
