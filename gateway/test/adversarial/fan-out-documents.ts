/*
 * Documents that cost little to send and much to walk naively: fragments that each spread
 * the next twice, so that expanding them doubles at every level (2^(n-1) copies of the last).
 */

export type FanOut = 'named fragments' | 'inline fragments' | 'field aliases';

/** `fragment F1 on Offer { ...F2 ...F2 }` … `fragment Fn on Offer { id title }`, under one offer. */
export function fanOutDocument(fragments: number, shape: FanOut = 'named fragments'): string {
  const spreadsOf = (next: number) => {
    if (shape === 'inline fragments') return `... on Offer { ...F${next} } ... on Offer { ...F${next} }`;
    if (shape === 'field aliases') return `t${next}: title ...F${next} ...F${next}`;
    return `...F${next} ...F${next}`;
  };
  const definitions = Array.from({ length: fragments }, (_, index) =>
    index + 1 < fragments ? `fragment F${index + 1} on Offer { ${spreadsOf(index + 2)} }` : `fragment F${index + 1} on Offer { id title }`,
  );
  return `{ offer(id: "fan-out") { ...F1 } } ${definitions.join(' ')}`;
}

export const FAN_OUT_SHAPES: FanOut[] = ['named fragments', 'inline fragments', 'field aliases'];
export const FAN_OUT_SIZES = [20, 22, 30, 60];
