import { loadConfig, url, z } from '@passerelle/config';

const ownerUrl = (defaultPort: number) => url(['http', 'https']).default(`http://localhost:${defaultPort}/graphql`);
const positive = (fallback: number) => z.coerce.number({ error: 'expected a positive whole number' }).int().positive().default(fallback);

/** The imports service's own settings: where the owners of the records listen, and what one import may hold. */
export const importsSettings = {
  /** The organisations subgraph, which matches and writes an import's organisations (called directly, not through the gateway). */
  ORGANISATIONS_URL: ownerUrl(4001),
  /** The offers subgraph, which matches and writes an import's offers. */
  OFFERS_URL: ownerUrl(4002),
  /** The programmes subgraph, which matches and writes an import's programmes and contributions. */
  PROGRAMMES_URL: ownerUrl(4003),
  /** The largest document `importDocument` reads, in bytes of UTF-8 (BAD_USER_INPUT on `content` beyond it). */
  IMPORT_MAX_BYTES: positive(5_000_000),
  /** Upper bound of one call to an owner (its dry run or its apply). */
  IMPORT_OWNER_TIMEOUT_MS: positive(60_000),
};

export type ImportsSettings = z.infer<z.ZodObject<typeof importsSettings>>;

export const readImportsSettings = (env: Record<string, string | undefined>): ImportsSettings =>
  loadConfig(importsSettings, env as NodeJS.ProcessEnv);

/**
 * The request body the service reads: the document, JSON-escaped (a control character takes
 * six bytes), and the operation around it, so that an oversized document is told as
 * BAD_USER_INPUT on `content` rather than a bare 413.
 */
export const bodyLimitOf = (settings: ImportsSettings): number => settings.IMPORT_MAX_BYTES * 6 + 100_000;
