/** A reference the gateway resolves to the full organisation through the organisations service. */
export function organisationRef(id: string): { __typename: 'Organisation'; id: string } {
  return { __typename: 'Organisation', id };
}
