import { readFileSync } from 'node:fs';
import { getNamedType, getNullableType, isCompositeType, isListType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { SUPERGRAPH_PATH } from '../src/gateway';
import { DegradationModel } from './support/degradation';

/*
 * Nulls stop at subgraph boundaries (see each schema.graphql): a field that a request can
 * only fill by calling another subgraph is nullable, so that one subgraph's failure nulls
 * what it would have filled and nothing more. Three rules, checked on the supergraph:
 * - a root field is nullable: a non-null one blanks every other root field when it fails;
 * - a field one subgraph adds to another's entity (Organisation.offers) is nullable;
 * - a reference to an entity whose non-null fields another subgraph fills is nullable
 *   (Offer.organisation), and so are the items of a list of them (Offer.programmes).
 * A mutation's own result stays non-null: it is one write in one subgraph, and when that
 * subgraph fails the write did not happen, so there is nothing else to keep.
 */
const model = new DegradationModel(readFileSync(SUPERGRAPH_PATH, 'utf8'));

function objectTypes(): GraphQLObjectType[] {
  return Object.values(model.schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !/^(__|join__|link__)/.test(type.name),
  );
}

/** The subgraph resolving most of a type's fields: the one that owns it. */
function ownerOf(type: GraphQLObjectType): string {
  const counts = new Map<string, number>();
  for (const field of Object.keys(type.getFields()))
    for (const graph of model.graphsOfField(type.name, field)) counts.set(graph, (counts.get(graph) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('nullability at subgraph boundaries', () => {
  it('has no non-null field across a subgraph boundary', () => {
    const violations: string[] = [];
    const queryType = model.schema.getQueryType()!;
    for (const [name, field] of Object.entries(queryType.getFields())) {
      if (isNonNullType(field.type)) violations.push(`Query.${name}: a root field, non-null`);
    }
    const mutationType = model.schema.getMutationType();
    for (const type of objectTypes()) {
      if (type === queryType || type === mutationType) continue;
      const owner = ownerOf(type);
      for (const [name, field] of Object.entries(type.getFields())) {
        const resolvers = model.graphsOfField(type.name, name);
        if (!resolvers.includes(owner) && isNonNullType(field.type)) {
          violations.push(`${type.name}.${name}: added by ${resolvers.join(', ')} to ${owner}'s ${type.name}, non-null`);
        }
        const target = getNamedType(field.type);
        if (!isObjectType(target) || !isCompositeType(target)) continue;
        for (const graph of resolvers) {
          const filledElsewhere = Object.entries(target.getFields()).filter(
            ([targetField, definition]) => isNonNullType(definition.type) && !model.graphsOfField(target.name, targetField).includes(graph),
          );
          if (filledElsewhere.length === 0) continue;
          const nullable = getNullableType(field.type);
          const item = isListType(nullable) ? nullable.ofType : field.type;
          if (isNonNullType(item)) {
            violations.push(
              `${type.name}.${name}: ${graph} gives ${target.name} references whose ${filledElsewhere.map(([f]) => f).join(', ')} another subgraph fills, non-null`,
            );
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
