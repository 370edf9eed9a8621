import type { GraphQLResponse } from './graphql-client';

/** What a client saw of a request expected to be refused, and whether the tables were left as they were. */
export interface Refusal {
  data: unknown;
  code: unknown;
  field: unknown;
  message: string | undefined;
  unchanged: boolean;
}

/** Sends `request` between two snapshots of the service's tables (see `tableSnapshot`), and reads its first error. */
export async function refusalOf(snapshot: () => Promise<unknown>, request: () => Promise<GraphQLResponse<unknown>>): Promise<Refusal> {
  const before = JSON.stringify(await snapshot());
  const response = await request();
  const error = response.errors?.[0];
  return {
    data: response.data ?? null,
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    message: error?.message,
    unchanged: JSON.stringify(await snapshot()) === before,
  };
}
