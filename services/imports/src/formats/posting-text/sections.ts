import type { PlannedOfferFields } from '../../plan';
import { foldForComparison, type Line } from './text';

/*
 * Description sections by their headings. A heading is a line by itself that is one of the
 * section headings of the posting templates UN agencies and NGOs publish with (UNDP/UN Women's
 * "Background", "Duties and Responsibilities"; UNOPS's "Functional Responsibilities"; French
 * NGO pages' "Profil requis"), in English and French. Lines inside a section that merely look
 * like titles ("Formation", "Contexte et justification") stay in its body, as the posting
 * shows them under the template's heading.
 */
const HEADINGS = new Set(
  [
    'description',
    'job description',
    'background',
    'background information - job-specific',
    'background information',
    'context',
    'organizational context',
    'organizational setting',
    'job purpose',
    'duties and responsibilities',
    'responsibilities',
    'key responsibilities',
    'main responsibilities',
    'functional responsibilities',
    'key duties and accountabilities',
    'competencies',
    'core competencies',
    'corporate competencies',
    'functional competencies',
    'technical competencies',
    'competencies fr',
    'required skills and experience',
    'required skills',
    'skills and experience',
    'qualifications',
    'requirements',
    'education/experience/language requirements',
    'education and experience',
    'how to apply',
    'application procedure',
    'contract type, level and duration',
    'additional considerations',
    'what we offer',
    'contexte',
    'contexte du poste',
    'description du poste',
    'objectif du poste',
    'objectif general de la position',
    'objectif general du poste',
    'objectifs du poste',
    'principales responsabilites et taches',
    'responsabilites',
    'taches et responsabilites',
    'responsabilites et taches',
    'missions',
    'missions principales',
    'principales missions',
    'activites principales',
    'reseautage et partenariats',
    'profil requis',
    'profil recherche',
    'profil',
    'qualifications requises',
    'competences',
    'competences requises',
    'competences fonctionnelles',
    'comment postuler',
    'modalites de candidature',
    'dossier de candidature',
    'considerations supplementaires',
    'conditions',
    'conditions du contrat',
    'ce que nous offrons',
  ].map(foldForComparison),
);
const HEADING_PREFIXES = ['informations generales sur ', 'a propos de ', 'about ', 'background information - '];

export function headingOf(text: string): string | null {
  const withoutColon = text.replace(/\s*:$/, '');
  const folded = foldForComparison(withoutColon);
  if (!folded || folded.split(' ').length > 8) return null;
  if (HEADINGS.has(folded) || HEADING_PREFIXES.some((prefix) => folded.startsWith(prefix))) return withoutColon;
  return null;
}

/** Lines that are punctuation only (a stray "." a board's layout left) carry nothing. */
const PUNCTUATION_ONLY = /^[\p{P}\s]+$/u;

/**
 * The sections of `lines`, skipping those at `skipped` (fields read from summary lines, the
 * title). Text before the first heading is a section of its own only when it holds a sentence
 * (at least five words): a board's page furniture ("fbpx", "Job") is not description.
 */
export function descriptionSections(lines: Line[], skipped: ReadonlySet<number>): PlannedOfferFields['descriptionSections'] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  lines.forEach((line, index) => {
    if (skipped.has(index)) return;
    const heading = line.bullet ? null : headingOf(line.text);
    if (heading) sections.push({ heading, lines: [] });
    else if (!PUNCTUATION_ONLY.test(line.text)) sections.at(-1)?.lines.push(line.bullet ? `- ${line.text}` : line.text);
  });
  const [opening, ...titled] = sections;
  const keptOpening = opening?.lines.some((text) => text.split(' ').length >= 5) ? [opening] : [];
  return [...keptOpening, ...titled].map(({ heading, lines: body }) => ({
    heading,
    body: body
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  }));
}
