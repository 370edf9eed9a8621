/**
 * Canned subgraph answers, keyed by what a gateway asks: the request's query (whitespace
 * collapsed) and its variables (keys sorted), so that two gateways asking the same thing in
 * different layouts get the same answer, and a gateway asking something else gets none.
 */
export type CannedAnswers = Record<string, string>;

export function answerKey(requestBody: string): string {
  const { query, variables } = JSON.parse(requestBody) as { query?: string; variables?: unknown };
  return `${(query ?? '').replace(/\s+/g, ' ').trim()}\n${sortedJson(variables ?? null)}`;
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${sortedJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
