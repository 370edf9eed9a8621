import { labelOf, type Line } from './text';

/*
 * The `Label: value` lines job boards print around a posting (eRecruit's "Location:",
 * "Organization:", "Deadline:"; UNOPS's side panel; French NGO pages' "Lieu d'affectation :"),
 * in English and French, folded as foldForComparison folds them.
 */
const LABELS = {
  title: ['job title', 'title', 'position title', 'post title', 'titre du poste', 'intitule du poste', 'poste', 'titre'],
  organisation: ['organization', 'organisation', 'agency', 'agence', 'employer', 'employeur', 'hiring organization', 'organisme'],
  location: [
    'location',
    'duty station',
    'lieu',
    "lieu d'affectation",
    'lieu de travail',
    'localisation',
    'lieu du poste',
    'country',
    'pays',
  ],
  deadline: [
    'deadline',
    'closing date',
    'application deadline',
    'deadline for applications',
    'apply by',
    'date limite',
    'date limite de candidature',
    'date limite de depot',
    'date de cloture',
    'cloture des candidatures',
  ],
  reference: [
    'job id',
    'job opening id',
    'reference',
    'ref',
    'ref.',
    'reference number',
    'vacancy number',
    'vacancy no',
    'vacancy notice',
    'requisition id',
    "numero de l'offre",
    'reference du poste',
  ],
  link: ['external website link', 'original posting', 'source', 'url', 'link', 'lien', "lien vers l'offre", 'lien externe'],
  contract: ['type of offer', 'contract type', 'type of contract', 'type de contrat', 'contrat', 'appointment type', 'contract'],
  grade: ['grade', 'level', 'post level', 'grade/level', 'niveau', 'contract level', 'classe', 'categorie'],
  duration: [
    'duration',
    'contract duration',
    'duration of contract',
    'expected duration of assignment',
    'duration of initial contract',
    'duree',
    'duree du contrat',
    'duree de la mission',
  ],
  languages: ['language', 'languages', 'languages required', 'langue', 'langues', 'langues requises'],
  positions: ['number of positions', 'positions', 'vacancies', 'nombre de postes', 'postes'],
} as const;

export type LabelKind = keyof typeof LABELS;

const KIND_OF_LABEL = new Map<string, LabelKind>(
  (Object.entries(LABELS) as [LabelKind, readonly string[]][]).flatMap(([kind, labels]) => labels.map((label) => [label, kind] as const)),
);

/** Whether a line is `Label: value` with one of the labels above. */
export function hasKnownLabel(line: string): boolean {
  const labelled = labelOf(line);
  return labelled !== null && KIND_OF_LABEL.has(labelled.label);
}

/** Board summary labels: their lines are fields, not description (a contract paragraph's own lines stay in it). */
const SUMMARY_KINDS: ReadonlySet<LabelKind> = new Set([
  'title',
  'organisation',
  'location',
  'deadline',
  'reference',
  'link',
  'languages',
  'positions',
]);
const SUMMARY_LABELS = new Set(['type of offer', 'grade', 'occupational groups', 'occupational group']);

export interface LabelledValue {
  value: string;
  /** The lines the value was read from (its label line, and the next one when the value is there). */
  lineIndexes: number[];
}

/** The first value given under each known label; a label with nothing after it takes the next line, if it directly follows. */
export function labelledValues(lines: Line[], isHeading: (text: string) => boolean): Map<LabelKind, LabelledValue> {
  const found = new Map<LabelKind, LabelledValue>();
  lines.forEach((line, index) => {
    if (isHeading(line.text)) return;
    const labelled = labelOf(line.text);
    const kind = labelled && KIND_OF_LABEL.get(labelled.label);
    if (!labelled || !kind || found.has(kind)) return;
    const next = lines[index + 1];
    if (labelled.value) found.set(kind, { value: labelled.value, lineIndexes: [index] });
    else if (next?.text && !labelOf(next.text) && !isHeading(next.text))
      found.set(kind, { value: next.text, lineIndexes: [index, index + 1] });
  });
  return found;
}

/** The lines that are a board's summary of the posting (consumed as fields), with the value lines they took. */
export function summaryLineIndexes(lines: Line[], values: Map<LabelKind, LabelledValue>): Set<number> {
  const indexes = new Set<number>();
  for (const [kind, { lineIndexes }] of values) if (SUMMARY_KINDS.has(kind)) lineIndexes.forEach((index) => indexes.add(index));
  lines.forEach((line, index) => {
    const labelled = labelOf(line.text);
    if (!labelled) return;
    const kind = KIND_OF_LABEL.get(labelled.label);
    if ((kind && SUMMARY_KINDS.has(kind)) || SUMMARY_LABELS.has(labelled.label)) {
      indexes.add(index);
      const next = lines[index + 1];
      if (!labelled.value && next?.text && !labelOf(next.text) && next.text.split(' ').length <= 4) indexes.add(index + 1);
    }
  });
  return indexes;
}
