/**
 * Folds text for case- and accent-insensitive matching that behaves the same on
 * MySQL and SQLite: "ONU Femmes", "onu femmes" and "ÔNU Fémmes" all fold to "onu femmes";
 * ligatures are spelled out ("Œuvre" folds to "oeuvre").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}
