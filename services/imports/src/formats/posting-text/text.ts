/*
 * The text of a posting as the other modules read it: one line per source line, trimmed,
 * with its bullet marker and its `Label: value` shape recognised.
 */

export interface Line {
  /** The line trimmed, its inner runs of spaces collapsed, without its bullet marker. */
  text: string;
  bullet: boolean;
}

const BULLET = /^[•·▪◦●*\-–]\s+/;

/** Lower case, no accents, straight apostrophes, single spaces: how labels and names are compared. */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Unicode NFC, LF line ends, no-break and other odd spaces as plain spaces. */
export function normaliseText(content: string): string {
  return content
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ');
}

export function linesOf(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const trimmed = raw.replace(/\s+/g, ' ').trim();
    const bullet = BULLET.test(trimmed);
    return { text: bullet ? trimmed.replace(BULLET, '') : trimmed, bullet };
  });
}

/** `Label: value` (or `Label :` with its value on the next line); null when the line is not one. */
export function labelOf(line: string): { label: string; value: string } | null {
  const match = /^([\p{L}][\p{L}\d '’/().&-]{0,60}?)\s*[:：]\s*(.*)$/u.exec(line);
  if (!match || /^https?$/i.test(match[1] ?? '')) return null;
  return { label: foldForComparison(match[1] ?? ''), value: (match[2] ?? '').trim() };
}

/** Sentences of a text, cut after . ! ? or a line end. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}«"“])/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim().replace(BULLET, ''))
    .filter((sentence) => sentence.length > 0);
}

const URL_PATTERN = /https?:\/\/[^\s<>"')]+/;

export function firstUrlIn(text: string): string | undefined {
  return URL_PATTERN.exec(text)?.[0].replace(/[.,;]+$/, '');
}

export function withoutUrls(text: string): string {
  return text.replace(new RegExp(URL_PATTERN.source, 'g'), ' ');
}
