process.env.TZ = 'UTC';
import './tracing';
import { runStatelessSubgraphFromEnvironment } from '@passerelle/subgraph-kit';
import { importsSubgraph } from './subgraph';

runStatelessSubgraphFromEnvironment(importsSubgraph).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
