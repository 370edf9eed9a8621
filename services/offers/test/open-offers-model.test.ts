import { criteriaOf } from '../src/offers/offer-filter';
import type { OfferSource } from '../src/open-offers/open-offer';
import { OpenOffersModel } from '../src/open-offers/open-offers-model';
import { openOfferSource } from './open-offer-source';

/* The read model on its own: changes taken in, deadlines passing at query time, older reads ignored. */

const NOW = new Date('2026-12-06T12:00:00Z');
const source = (id: string, overrides: Partial<OfferSource> = {}): OfferSource =>
  openOfferSource({
    id,
    version: 1,
    state: 'PUBLISHED',
    title: `Coordinateur ${id}`,
    description: 'Protection de l’enfance au Nord-Kivu.',
    organisationId: 'unops',
    contractType: 'STAFF',
    postedAt: null,
    deadline: null,
    lists: { dutyStations: [{ city: 'Goma', countryCode: 'CD' }], countryCodes: ['CD'], languages: [], themes: [], programmeIds: [] },
    ...overrides,
  });
const found = (model: OpenOffersModel, filter: Record<string, unknown>, now = NOW) =>
  model
    .page({ criteria: criteriaOf({ status: 'OPEN', ...filter }), now, drafts: [] }, filter.search ? 'RELEVANCE' : 'DEADLINE', 100, null)
    .matches.map((match) => match.offer.id);

describe('the open offers model', () => {
  it('finds what is left after most offers are removed (the index compacted), and a changed offer by its new words only', () => {
    const model = new OpenOffersModel();
    for (let index = 0; index < 10; index += 1) model.apply(source(`offer-${index}`));
    for (let index = 0; index < 8; index += 1) model.apply(source(`offer-${index}`, { version: 2, state: 'CLOSED' }));
    expect(found(model, { search: 'enfance' })).toEqual(['offer-8', 'offer-9']);
    model.apply(source('offer-9', { version: 2, description: 'Logistique à Bunia.' }));
    expect(found(model, { search: 'enfance' })).toEqual(['offer-8']);
    expect(found(model, { search: 'logistique' })).toEqual(['offer-9']);
    expect(model.size).toBe(2);
  });

  it('leaves out an offer whose deadline has passed, though it is still held', () => {
    const model = new OpenOffersModel();
    model.apply(source('closing', { deadline: new Date('2026-12-06T13:00:00Z') }));
    expect(found(model, {})).toEqual(['closing']);
    expect(found(model, {}, new Date('2026-12-06T13:00:00Z'))).toEqual([]);
    expect(model.size).toBe(1);
  });

  it('ignores a read older than what it has (a slow refresh after a newer one)', () => {
    const model = new OpenOffersModel();
    model.apply(source('offer', { version: 3, state: 'CLOSED' }));
    model.apply(source('offer', { version: 2 }));
    expect(found(model, {})).toEqual([]);
  });
});
