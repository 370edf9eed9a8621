process.env.TZ = 'UTC';
import './tracing';
import { runSubgraphFromEnvironment } from '@passerelle/subgraph-kit';
import { organisationsSubgraph } from './subgraph';

runSubgraphFromEnvironment(organisationsSubgraph).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
