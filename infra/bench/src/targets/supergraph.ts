import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../workspace';
import { SUBGRAPHS, subgraphUrl, type Ports } from './environment';

export const SUPERGRAPH = path.join(ROOT, 'gateway', 'supergraph.graphql');

/**
 * Stock Apollo Gateway reads subgraph URLs from the supergraph itself: a copy of ours (never
 * changed in place) whose join__graph URLs point at the bench's subgraphs. Ours gets the same
 * URLs through its settings (ORGANISATIONS_URL…), Hive Gateway through infra/gateways' configuration.
 */
export function writeBenchSupergraph(ports: Ports): string {
  let sdl = readFileSync(SUPERGRAPH, 'utf8');
  for (const name of SUBGRAPHS) {
    const pattern = new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`);
    if (!pattern.test(sdl)) throw new Error(`the supergraph has no join__graph for ${name}`);
    sdl = sdl.replace(pattern, `$1${subgraphUrl(ports, name)}$2`);
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-bench-')), 'supergraph.graphql');
  writeFileSync(file, sdl);
  return file;
}
