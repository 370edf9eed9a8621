// One jest run covers every workspace; `npm test --workspace=<pkg>` selects one project.
const path = require('path');

const workspaces = {
  '@passerelle/config': 'packages/config',
  '@passerelle/db': 'packages/db',
  '@passerelle/subgraph-kit': 'packages/subgraph-kit',
  '@passerelle/testing': 'packages/testing',
  '@passerelle/auth': 'packages/auth',
  '@passerelle/observability': 'packages/observability',
  '@passerelle/http': 'packages/http',
  '@passerelle/outbox': 'packages/outbox',
  '@passerelle/organisations': 'services/organisations',
  '@passerelle/offers': 'services/offers',
  '@passerelle/programmes': 'services/programmes',
  '@passerelle/imports': 'services/imports',
  '@passerelle/gateway': 'gateway',
  '@passerelle/client-kit': 'packages/client-kit',
};

process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
module.exports = {
  projects: Object.entries(workspaces).map(([name, dir]) => ({
    displayName: name,
    rootDir: path.join(__dirname, dir),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, dir, 'tsconfig.json') }] },
    // Tests run against the packages' sources, so no build is needed first.
    moduleNameMapper: {
      '^@passerelle/(config|db|subgraph-kit|testing|auth|observability|http|outbox)$': path.join(__dirname, 'packages/$1/src'),
      '^@passerelle/(organisations|offers|programmes|imports)$': path.join(__dirname, 'services/$1/src'),
    },
  })),
  // Database tests create databases of their own; one file at a time suits a 2-core machine.
  maxWorkers: 1,
  // Test names say which database they ran on ("… on sqlite", "… on mysql"), so list them.
  verbose: true,
  testTimeout: 60000,
  // A connection some suite leaves open (Redis, a keep-alive pool or the tracing SDK) kept jest
  // from exiting after every test had passed; CI must end. Which one is still to be found.
  forceExit: true,
};
