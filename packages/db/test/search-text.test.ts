import { foldForSearch, namesSearchText } from '../src';

describe('foldForSearch', () => {
  it('ignores case, accents, ligatures, apostrophe styles and extra spaces', () => {
    expect(foldForSearch('  Unité d’Appui  à la   STABILISATION ')).toBe("unite d'appui a la stabilisation");
    expect(foldForSearch('Œuvre Cæsar')).toBe('oeuvre caesar');
    expect(foldForSearch('ÉTATS-UNIS')).toBe('etats-unis');
  });
});

describe('namesSearchText', () => {
  it('keeps the form rows were stored in, an absent name leaving its place, so stored rows need no rewrite', () => {
    expect(namesSearchText(['United Nations Development Programme', 'UNDP', 'PNUD'])).toBe(
      'united nations development programme | undp | pnud',
    );
    expect(namesSearchText(['INTERSOS', null])).toBe('intersos |');
    expect(namesSearchText(['Belgium', null, 'Belgique'])).toBe('belgium | | belgique');
  });
});
