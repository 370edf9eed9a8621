import { badUserInput } from '@passerelle/subgraph-kit';
import { UnreadableDocument, type ImportFormat, type ImportPlan } from '../plan';
import { parseIatiActivities } from './iati';
import { parseJobPostingJsonLd } from './json-ld/parse-job-posting-json-ld';
import { parsePostingText } from './posting-text';
import { parseReliefWebJobs, parseReliefWebSources } from './reliefweb/parse-reliefweb';

/** What a parser knows besides the document. */
export interface ParseContext {
  /** When the import runs: what a parser compares stated dates with. */
  now: Date;
}

type Parser = (content: string, context: ParseContext) => ImportPlan;

/** The parser of each format (each a pure function of the document, in its own folder). */
const PARSERS: Record<ImportFormat, Parser> = {
  POSTING_TEXT: parsePostingText,
  JOB_POSTING_JSON_LD: parseJobPostingJsonLd,
  RELIEFWEB_JOBS: parseReliefWebJobs,
  RELIEFWEB_SOURCES: parseReliefWebSources,
  IATI_ACTIVITIES: parseIatiActivities,
};

/** The document's plan; a document that cannot be read at all is BAD_USER_INPUT on `content`, saying where. */
export function planOf(format: ImportFormat, content: string, context: ParseContext): ImportPlan {
  try {
    return PARSERS[format](content, context);
  } catch (error) {
    if (error instanceof UnreadableDocument) {
      const where = error.field && error.field !== 'content' ? ` (at ${error.field})` : '';
      throw badUserInput('content', `The document cannot be read as ${format}: ${error.message}${where}`);
    }
    throw error;
  }
}
