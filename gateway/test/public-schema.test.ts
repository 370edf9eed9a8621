import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isScalarType, type IntrospectionScalarType } from 'graphql';
import { scalarResolvers } from '@passerelle/subgraph-kit';
import { ChildProcesses, gatewayProcess, ROOT } from './support/processes';
import { sandboxIntrospection } from './support/sandbox';

const children = new ChildProcesses();
afterAll(() => children.killAll());

const CUSTOM_SCALARS = ['Date', 'DateTime', 'Decimal', 'JSON'] as const;

describe('the public schema a client introspects, from a gateway process', () => {
  let types: { name: string; kind: string }[];
  beforeAll(async () => {
    const url = await gatewayProcess(children, {});
    const { body } = await sandboxIntrospection(url);
    expect(body.errors).toBeUndefined();
    types = [...body.data!.__schema.types];
  }, 120_000);

  it('does not show the subgraphs’ cache hint scope', () => {
    expect(types.map((type) => type.name)).not.toContain('CacheControlScope');
    expect(types.filter((type) => type.name.startsWith('join__') || type.name.startsWith('link__'))).toEqual([]);
  });

  it.each(CUSTOM_SCALARS)('describes the %s scalar and links the specification it follows (@specifiedBy)', (name) => {
    const scalar = types.find((type) => type.name === name) as IntrospectionScalarType | undefined;
    expect(scalar).toMatchObject({
      kind: 'SCALAR',
      description: expect.stringMatching(/.{40}/),
      specifiedByURL: expect.stringMatching(/^https:\/\//),
    });
  });
});

describe('the scalars the subgraphs serve', () => {
  const declared = new Map(
    ['offers', 'programmes'].flatMap((service) => {
      const schema = buildSchema(readFileSync(path.join(ROOT, 'services', service, 'schema.graphql'), 'utf8'), { assumeValid: true });
      return Object.values(schema.getTypeMap())
        .filter((type) => isScalarType(type) && CUSTOM_SCALARS.includes(type.name as never))
        .map((type) => [type.name, type] as const);
    }),
  );

  it.each(CUSTOM_SCALARS)(
    '%s: the resolver’s description and specification are the schema file’s, so a subgraph introspected alone says the same',
    (name) => {
      const inSchema = declared.get(name);
      const resolver = scalarResolvers[name];
      expect(inSchema).toBeDefined();
      expect({ description: resolver.description, specifiedByURL: resolver.specifiedByURL }).toEqual({
        description: inSchema!.description,
        specifiedByURL: (inSchema as unknown as { specifiedByURL?: string }).specifiedByURL,
      });
    },
  );
});
