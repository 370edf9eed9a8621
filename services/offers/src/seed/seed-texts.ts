import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DescriptionSection } from '../offers/offer.entity';

/** The seed offers' texts, one Markdown file per offer, next to schema.graphql (so src and dist both find them). */
const SEED_TEXTS_DIR = path.join(__dirname, '..', '..', 'seed-texts');

/** A seed offer's description, split on its "## Heading" lines; text before the first heading is an untitled section. */
export function readDescriptionSections(offerId: string): DescriptionSection[] {
  const markdown = readFileSync(path.join(SEED_TEXTS_DIR, `${offerId}.md`), 'utf8');
  return parseSections(markdown);
}

export function parseSections(markdown: string): DescriptionSection[] {
  const sections: DescriptionSection[] = [];
  const [opening = '', ...rest] = markdown.split(/^## /m);
  if (opening.trim()) sections.push({ heading: null, body: opening.trim() });
  for (const chunk of rest) {
    const newline = chunk.indexOf('\n');
    const heading = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
    sections.push({ heading, body: newline < 0 ? '' : chunk.slice(newline + 1).trim() });
  }
  return sections;
}
