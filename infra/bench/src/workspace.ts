import { createRequire } from 'node:module';
import path from 'node:path';

/** The repository's root directory. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

const requireFromHere = createRequire(__filename);

/**
 * A workspace's compiled code (`dist`, made by `turbo run build`), typed from its sources.
 * The services' TypeORM entities need the decorator metadata that tsc emits and tsx
 * (esbuild) does not, and the benchmark measures the code production runs.
 */
export function built<Module>(relativePath: string): Module {
  return requireFromHere(path.join(ROOT, relativePath)) as Module;
}

export const builtDb = () => built<typeof import('@passerelle/db')>('packages/db/dist/index.js');
