import { OpenOffersModel } from '../src/open-offers/open-offers-model';
import { openOfferSource } from './open-offer-source';
import { SEED_OFFERS } from '../src/seed/seed-data';
import { descriptionText } from '../src/offers/offer-description';
import { readDescriptionSections } from '../src/seed/seed-texts';
import { SEED_IDS } from './support';

/*
 * The relevance set: searches a job seeker types, French and English, misspelt or in the
 * other language, each with the offers they expect on top (relevance.test.ts), and run on
 * every status (search-every-status.test.ts).
 */

const { undp, unWomen, intersos, unops } = SEED_IDS;

export const SEED_SEARCHES: [string, string[]][] = [
  ['genre', [unWomen]],
  ['gender', [unWomen]],
  ["protection de l'enfance", [intersos]],
  ['child protection', [intersos]],
  ['stabilisation', [undp]],
  ['stabilization', [undp]],
  ['stabilsation', [undp]],
  ['mobilisation communautaire', [unops]],
  ['community mobilization', [unops]],
  ['mobilsation communautaire', [unops]],
  // one letter from both the UNOPS coordonnateur and the INTERSOS coordinateur
  ['coordonateur', [unops, intersos]],
  ['enfence', [intersos]],
  ['Junior Professional Officer', [unWomen]],
  ['Haïti', [unops]],
  ['femmes', [unWomen, unops]],
];

/** Each search with the main themes of the offers it should find. */
export const BENCH_SEARCHES: [string, string | string[]][] = [
  ['gender', ['gender', 'gender-based-violence']],
  ['genre', ['gender', 'gender-based-violence']],
  ['gendre', ['gender', 'gender-based-violence']],
  ['VBG', 'gender-based-violence'],
  ['GBV', 'gender-based-violence'],
  ['violences basées sur le genre', 'gender-based-violence'],
  ['peacebuilding', 'peace'],
  ['consolidation de la paix', 'peace'],
  ['child protection', 'child-protection'],
  ["protection de l'enfance", 'child-protection'],
  ['food security', 'food-security'],
  ['sécurité alimentaire', 'food-security'],
  ['livelihods', 'livelihoods'],
  ['moyens de subsistance', 'livelihoods'],
  ['monitoring and evaluation', 'monitoring-evaluation'],
  ['suivi et évaluation', 'monitoring-evaluation'],
  ['logistcs', 'logistics'],
  ['logistique', 'logistics'],
  ['nutriton', 'nutrition'],
  ['cash transfers', 'cash-transfers'],
  ['transferts monétaires', 'cash-transfers'],
  ['information management', 'information-management'],
  ["gestion de l'information", 'information-management'],
  ['shelter', 'shelter'],
  ['abris', 'shelter'],
  ['WASH', 'wash'],
  ['human resources', 'human-resources'],
  ['ressources humaines', 'human-resources'],
  ['humanitarain coordination', 'coordination'],
  ['gouvernance', 'governance'],
];

export function seedModel(): OpenOffersModel {
  const model = new OpenOffersModel();
  for (const offer of SEED_OFFERS) {
    const sections = readDescriptionSections(offer.id);
    const countryCodes = [...new Set([...offer.dutyStations.map((station) => station.countryCode), ...(offer.countryCodes ?? [])])];
    model.apply(
      openOfferSource({
        id: offer.id,
        version: 1,
        state: 'PUBLISHED',
        title: offer.title,
        description: descriptionText(sections),
        organisationId: offer.organisationId,
        contractType: offer.contractType,
        postedAt: null,
        deadline: null,
        lists: {
          dutyStations: offer.dutyStations,
          countryCodes,
          languages: offer.languages,
          themes: offer.themes,
          programmeIds: offer.programmeIds,
        },
      }),
    );
  }
  return model;
}
