/** An organisation as this service knows it: by id; the organisations service has the rest. */
export interface OrganisationReference {
  id: string;
}

/** A reference the gateway resolves to the full organisation through the organisations service. */
export function organisationRef(id: string): { __typename: 'Organisation'; id: string } {
  return { __typename: 'Organisation', id };
}
