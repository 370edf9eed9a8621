// `npm run circles` (run by CI's lint step): no import circle in the gateway, the services or
// packages/, sources and tests. Types two modules share go in a module of their own
// (gateway/src/context.ts, packages/subgraph-kit/src/request-context.ts).
export default {
  files: [
    'gateway/src/**/*.ts',
    'gateway/test/**/*.ts',
    'packages/*/src/**/*.ts',
    'packages/*/test/**/*.ts',
    'services/*/src/**/*.ts',
    'services/*/test/**/*.ts',
  ],
  // generated resolver types name each service's own row types (their mappers) and are named
  // back by the code they type: declarations only, so they are left out of the graph
  exclude: 'node_modules|/generated/',
  tree: false,
  warning: false,
  circular: true,
  exitCode: 'circular:1',
};
