import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';

/** Where Apollo Sandbox runs when a developer opens it at studio.apollographql.com/sandbox. */
export const SANDBOX_ORIGIN = 'https://studio.apollographql.com';

/** The introspection query Sandbox sends when it connects: graphql-js's, with the options Sandbox turns on. */
export const SANDBOX_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

/** The CORS preflight a browser sends before Sandbox's first POST (with a token set in its Headers tab). */
export function sandboxPreflight(url: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin: SANDBOX_ORIGIN,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });
}

export interface IntrospectionAnswer {
  response: Response;
  body: { data?: IntrospectionQuery; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** Sandbox's introspection POST, from Sandbox's origin. */
export async function sandboxIntrospection(url: string): Promise<IntrospectionAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { origin: SANDBOX_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ operationName: 'IntrospectionQuery', query: SANDBOX_INTROSPECTION }),
  });
  return { response, body: (await response.json()) as IntrospectionAnswer['body'] };
}

/** The description of each named type of an introspection result. */
export function typeDescriptions(data: IntrospectionQuery | undefined): Record<string, string | null | undefined> {
  return Object.fromEntries((data?.__schema.types ?? []).map((type) => [type.name, type.description]));
}
