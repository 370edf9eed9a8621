/** An entity another service owns, known here by its id; the gateway fetches the rest from its owner. */
export interface EntityReference {
  id: string;
}
