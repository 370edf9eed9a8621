process.env.TZ = 'UTC';
import './tracing';
import { runSubgraphFromEnvironment } from '@passerelle/subgraph-kit';
import { offersSubgraph } from './subgraph';

runSubgraphFromEnvironment(offersSubgraph).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
