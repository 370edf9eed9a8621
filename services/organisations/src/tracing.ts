// The first module main.ts loads: instrumentation must patch http and mysql2 before anything loads them.
import { startTracing } from '@passerelle/observability';

startTracing('organisations');
