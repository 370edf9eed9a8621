// The first module main.ts loads: instrumentation must patch http before anything loads it.
import { startTracing } from '@passerelle/observability';

startTracing('imports');
