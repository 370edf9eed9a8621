import type { RequestContextBase, ServiceRuntime } from '@passerelle/subgraph-kit';
import type { ImportsSettings } from './settings';

export interface ImportsContext extends RequestContextBase {
  settings: ImportsSettings;
}

export function createContext(base: RequestContextBase, runtime: ServiceRuntime<ImportsSettings>): ImportsContext {
  return { ...base, settings: runtime.settings };
}
