/** How many offers of a list have one value of a field (a facet of the list). */
export interface FacetCount<Value> {
  value: Value;
  count: number;
}
