/**
 * Composes the supergraph from the three subgraphs' schema.graphql files.
 *   npm run compose          writes gateway/supergraph.graphql
 *   npm run compose:check    fails when the committed file is stale or composition fails
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export const SUBGRAPHS = [
  { name: 'organisations', port: 4001 },
  { name: 'offers', port: 4002 },
  { name: 'programmes', port: 4003 },
] as const;

const root = path.resolve(__dirname, '..', '..');
const supergraphPath = path.resolve(__dirname, '..', 'supergraph.graphql');

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

const supergraph = compose();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(supergraphPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== supergraph) {
    console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('gateway/supergraph.graphql is up to date.');
} else {
  writeFileSync(supergraphPath, supergraph);
  console.log(`wrote ${path.relative(root, supergraphPath)}`);
}
