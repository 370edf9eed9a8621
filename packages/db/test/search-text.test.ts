import { foldForSearch } from '../src';

describe('foldForSearch', () => {
  it('ignores case, accents, ligatures, apostrophe styles and extra spaces', () => {
    expect(foldForSearch('  Unité d’Appui  à la   STABILISATION ')).toBe("unite d'appui a la stabilisation");
    expect(foldForSearch('Œuvre Cæsar')).toBe('oeuvre caesar');
    expect(foldForSearch('ÉTATS-UNIS')).toBe('etats-unis');
  });
});
