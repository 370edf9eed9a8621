import { buildSchema, parse, getVariableValues, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { costDirectivesOf } from '../src/cost/cost-directives';
import { actualCost, estimatedCost } from '../src/cost/cost-estimate';
import { operationCosts } from '../src/cost/operation-cost';

const sdl = /* GraphQL */ `
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(
    assumedSize: Int
    slicingArguments: [String!]
    sizedFields: [String!]
    requireOneSlicingArgument: Boolean = true
  ) on FIELD_DEFINITION

  type Query {
    book(id: ID!): Book
    books(first: Int = 20, filter: BookFilter): BookConnection
      @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    shelves: [Shelf!]! @listSize(assumedSize: 5)
    unsized: [Book!]!
    expensive: Book @cost(weight: 30)
  }
  type Mutation {
    addBook(title: String!): Book
  }
  input BookFilter {
    search: String @cost(weight: 10)
    tags: [String!]
  }
  type BookConnection {
    edges: [BookEdge!]!
    totalCount: Int!
  }
  type BookEdge {
    node: Book!
  }
  type Shelf {
    books(limit: Int @cost(weight: 2)): [Book!]! @listSize(assumedSize: 3)
  }
  type Book {
    title: String!
    genre: Genre
    author: Author
    stats: Stats
  }
  type Author {
    name: String!
  }
  type Stats @cost(weight: 4) {
    pages: Int
  }
  enum Genre {
    NOVEL
    ESSAY
  }
`;
const schema = buildSchema(sdl);
const directives = costDirectivesOf(sdl);

function inputsFor(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0] ?? new Error('the variables could not be coerced');
  return { schema, directives, operation, fragments, variables: coerced.coerced, defaultListSize: 10 };
}
const estimate = (query: string, variables?: Record<string, unknown>) => estimatedCost(inputsFor(query, variables));

describe('cost estimate (@cost and @listSize)', () => {
  it('counts 1 for each object and nothing for scalars and enums', () => {
    expect(estimate('{ book(id: "1") { title genre author { name } } }')).toBe(2);
  });

  it('multiplies a connection’s edges by `first`, whether literal, variable or the argument’s default', () => {
    const literal = estimate('{ books(first: 50) { totalCount edges { node { title author { name } } } } }');
    // the connection, then 50 × (edge + book + author)
    expect(literal).toBe(1 + 50 * 3);
    expect(estimate('query ($n: Int) { books(first: $n) { edges { node { title author { name } } } } }', { n: 50 })).toBe(literal);
    expect(estimate('query ($n: Int = 50) { books(first: $n) { edges { node { title author { name } } } } }')).toBe(literal);
    expect(estimate('{ books { edges { node { title author { name } } } } }')).toBe(1 + 20 * 3);
  });

  it('takes a list’s assumed size when it has no slicing argument, and the default size when it has no @listSize', () => {
    expect(estimate('{ shelves { books { title } } }')).toBe(5 * (1 + 3 * 1));
    expect(estimate('{ unsized { title } }')).toBe(10);
  });

  it('adds @cost weights of fields, types, arguments and input fields', () => {
    expect(estimate('{ expensive { title } }')).toBe(30);
    expect(estimate('{ book(id: "1") { stats { pages } } }')).toBe(1 + 4);
    expect(estimate('{ shelves { books(limit: 2) { title } } }')).toBe(5 * (1 + 3 * 1 + 2));
    expect(estimate('{ books(first: 1, filter: { search: "x" }) { totalCount } }')).toBe(1 + 10);
    expect(estimate('query ($f: BookFilter) { books(first: 1, filter: $f) { totalCount } }', { f: { search: 'x', tags: ['a'] } })).toBe(11);
  });

  it('starts a mutation at 10', () => {
    expect(estimate('mutation { addBook(title: "t") { title } }')).toBe(11);
  });

  it('follows fragments and leaves out what @skip and @include leave out', () => {
    expect(estimate('{ book(id: "1") { ...B } } fragment B on Book { author { name } ... on Book { stats { pages } } }')).toBe(1 + 1 + 4);
    expect(
      estimate('query ($no: Boolean!) { book(id: "1") { author @include(if: $no) { name } stats @skip(if: true) { pages } } }', {
        no: false,
      }),
    ).toBe(1);
  });

  it('counts a fragment at each of its spreads, by the page size where it is spread, each costed once', () => {
    const connection = 'fragment C on BookConnection { edges { node { title author { name } } } }';
    // each page: the connection, then first × (edge + book + author)
    expect(estimate(`{ two: books(first: 2) { ...C } three: books(first: 3) { ...C ...C } } ${connection}`)).toBe(
      1 + 2 * 3 + 1 + 2 * (3 * 3),
    );
    const fanOut = Array.from({ length: 40 }, (_, i) =>
      i < 39 ? `fragment F${i} on Book { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Book { author { name } }`,
    );
    expect(estimate(`{ book(id: "1") { ...F0 } } ${fanOut.join(' ')}`)).toBe(1 + 2 ** 39);
    const answer = { book: { author: { name: 'x' } } };
    expect(actualCost(inputsFor(`{ book(id: "1") { ...F0 } } ${fanOut.join(' ')}`), answer)).toBe(1 + 2 ** 39);
  });

  it('counts introspection as free', () => {
    expect(estimate('{ __typename __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('counts the actual cost on the answer: lists by their items, nulls as nothing', () => {
    const inputs = inputsFor('{ books(first: 50) { edges { node { title author { name } } } } }');
    const data = {
      books: { edges: [{ node: { title: 'a', author: { name: 'x' } } }, { node: { title: 'b', author: null } }] },
    };
    expect(actualCost(inputs, data)).toBe(1 + 3 + 2);
    expect(actualCost(inputs, { books: null })).toBe(0);
  });
});

describe('estimates shared by requests whose variables differ only in text', () => {
  const costs = operationCosts(directives, 10);
  const document = parse(`
    query Page($first: Int, $after: String, $filter: BookFilter, $genre: Genre, $withAuthor: Boolean!) {
      books(first: $first, filter: $filter) { totalCount edges { node { title genre author @include(if: $withAuthor) { name } } } }
      cursor: book(id: $after) { title }
      novel: book(id: "1") { genre stats @skip(if: $withAuthor) { pages } }
      byGenre: unsized @include(if: $withAuthor) { title genre }
      g: book(id: "2") @skip(if: true) { title }
      e: expensive @include(if: false) { genre }
      shelves { books(limit: 1) { title } }
      unusedGenre: book(id: "3") @include(if: true) { title }
    }
  `);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const costOf = (variables: Record<string, unknown>) =>
    costs.of({ schema, document, operation, request: { variables } } as unknown as Parameters<typeof costs.of>[0]);
  const base = { first: 20, after: 'cursor-1', filter: { search: 'eau' }, genre: 'NOVEL', withAuthor: true };

  it('gives one estimate to pages that differ in their cursor and search words, and counts each answer alike', () => {
    const first = costOf(base);
    const second = costOf({ ...base, after: 'cursor-2', filter: { search: 'assainissement rural' } });
    expect(second).toBe(first);
    if (!first || !('inputs' in first)) throw new Error('no estimate');
    expect(first.estimate).toBe(estimatedCost(first.inputs));
    const answer = { books: { totalCount: 1, edges: [{ node: { title: 'a', genre: 'NOVEL', author: { name: 'x' } } }] } };
    expect(second && 'inputs' in second && actualCost(second.inputs, answer)).toBe(1 + 3 + 10);
  });

  it('estimates anew when a number, a boolean, an enum, which fields are set or a list’s length differ', () => {
    const estimate = (variables: Record<string, unknown>) => {
      const cost = costOf(variables);
      return cost && 'estimate' in cost ? cost.estimate : cost;
    };
    const page = estimate(base);
    expect(estimate({ ...base, first: 50 })).toBeGreaterThan(page as number);
    expect(estimate({ ...base, withAuthor: false })).not.toBe(page);
    expect(estimate({ ...base, filter: {} })).toBe((page as number) - 10);
    expect(costOf({ ...base, filter: { search: 'x', tags: ['a', 'b'] } })).not.toBe(
      costOf({ ...base, filter: { search: 'x', tags: ['a'] } }),
    );
    expect(costOf({ ...base, genre: 'ESSAY' })).not.toBe(costOf(base));
  });

  it('leaves variables that do not fit without an estimate, even after a valid request of the same shape', () => {
    expect(costOf(base)).toBeDefined();
    expect(costOf({ ...base, genre: 'POETRY' })).toBeUndefined();
    expect(costOf({ ...base, first: 'twenty' })).toBeUndefined();
    expect(costOf({ ...base, withAuthor: null })).toBeUndefined();
  });
});
