/**
 * Composes the supergraph from the four subgraphs' schema.graphql files.
 *   npm run compose          writes gateway/supergraph.graphql, and the schema clients see, gateway/public-schema.graphql
 *   npm run compose:check    fails when a committed file is stale or composition fails
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';

export const SUBGRAPHS = [
  { name: 'organisations', port: 4001 },
  { name: 'offers', port: 4002 },
  { name: 'programmes', port: 4003 },
  { name: 'imports', port: 4004 },
] as const;

const root = path.resolve(__dirname, '..', '..');
const supergraphPath = path.resolve(__dirname, '..', 'supergraph.graphql');
const publicSchemaPath = path.resolve(__dirname, '..', 'public-schema.graphql');

function compose(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readFileSync(path.join(root, 'services', name, 'schema.graphql'), 'utf8')),
    })),
  );
  if (result.errors) {
    for (const error of result.errors) console.error(`composition error: ${error.message}`);
    process.exit(1);
  }
  for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The API schema: what a client introspects, without the federation's machinery or @inaccessible types (client code generators read it). */
function publicSchema(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema()).trimEnd()}\n`;
}

const supergraph = compose();
const outputs = [
  { file: supergraphPath, sdl: supergraph },
  { file: publicSchemaPath, sdl: publicSchema(supergraph) },
];
if (process.argv.includes('--check')) {
  for (const { file, sdl } of outputs) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== sdl) {
      console.error(`${path.relative(root, file)} is stale: run \`npm run compose\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${path.relative(root, file)} is up to date.`);
  }
} else {
  for (const { file, sdl } of outputs) {
    writeFileSync(file, sdl);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
