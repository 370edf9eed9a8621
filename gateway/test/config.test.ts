import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '@passerelle/config';
import { silentLogger } from '@passerelle/testing';
import { gatewaySettings, refuseInconsistentSettings } from '../src/config';
import { gatewayOptions, SUPERGRAPH_PATH } from '../src/options';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    refuseInconsistentSettings(loadConfig(gatewaySettings, env));
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('gateway cache settings', () => {
  it('leave the response cache off and the document and query plan caches at 30 MB by default', () => {
    expect(loadConfig(gatewaySettings, {})).toMatchObject({
      RESPONSE_CACHE: 'off',
      RESPONSE_CACHE_MAX_MB: 64,
      RESPONSE_CACHE_MAX_TTL_SECONDS: 60,
      DOCUMENT_CACHE_MB: 30,
      QUERY_PLAN_CACHE_MB: 30,
      COMPRESS_ABOVE_BYTES: 1024,
    });
    expect(loadConfig(gatewaySettings, { RESPONSE_CACHE: 'memory', RESPONSE_CACHE_MAX_TTL_SECONDS: '5' })).toMatchObject({
      RESPONSE_CACHE: 'memory',
      RESPONSE_CACHE_MAX_TTL_SECONDS: 5,
    });
  });

  it('refuse a cache kind it does not have, naming the variable', () => {
    let problems: string[] = [];
    try {
      loadConfig(gatewaySettings, { RESPONSE_CACHE: 'disk', QUERY_PLAN_CACHE_MB: '0' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([
      'RESPONSE_CACHE: expected off, memory or redis, got "disk"',
      expect.stringMatching(/^QUERY_PLAN_CACHE_MB: .*, got "0"$/),
    ]);
  });

  it('want REDIS_URL with RESPONSE_CACHE=redis, naming it', () => {
    expect(problemsOf({ RESPONSE_CACHE: 'redis' })).toEqual([expect.stringMatching(/^REDIS_URL: RESPONSE_CACHE=redis needs/)]);
    expect(problemsOf({ RESPONSE_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([]);
    expect(problemsOf({ RESPONSE_CACHE: 'memory' })).toEqual([]);
  });

  it('keep entities in each process by default, and want REDIS_URL with ENTITY_CACHE=redis, naming it', () => {
    expect(loadConfig(gatewaySettings, {})).toMatchObject({
      ENTITY_CACHE: 'memory',
      ENTITY_CACHE_MAX_MB: 64,
      ENTITY_CACHE_MAX_TTL_SECONDS: 60,
    });
    expect(problemsOf({ ENTITY_CACHE: 'redis' })).toEqual([expect.stringMatching(/^REDIS_URL: ENTITY_CACHE=redis needs/)]);
    expect(problemsOf({ ENTITY_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([]);
  });
});

describe('the gateway options derived from the settings (gatewayOptions)', () => {
  const derive = (env: NodeJS.ProcessEnv) => gatewayOptions(loadConfig(gatewaySettings, env), { logger: silentLogger });

  it('takes each default from the settings, with every feature but the response cache and the rate limit on', () => {
    const options = derive({});
    expect(options).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      production: false,
      introspection: true,
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: {
        organisations: 'http://localhost:4001/graphql',
        offers: 'http://localhost:4002/graphql',
        programmes: 'http://localhost:4003/graphql',
        imports: 'http://localhost:4004/graphql',
      },
      maxBodyBytes: 6_000_000,
      corsOrigins: ['https://studio.apollographql.com'],
      subgraphTimeoutMs: 5000,
      circuitBreaker: { failuresToOpen: 5, halfOpenAfterMs: 2000 },
      limits: { maxDepth: 10, maxAliases: 15, maxCost: 20_000, maxTokens: 2000, maxDirectives: 20 },
      demandControl: true,
      entityCache: { maxSizeMb: 64, maxTtlSeconds: 60, otherWorkers: false },
      documentCacheMb: 30,
      compressAboveBytes: 1024,
      queryPlanCacheMb: 30,
      deduplicateFetches: true,
      apolloTelemetry: false,
      trustProxyHops: 0,
      feeds: true,
      metricsOfAllWorkers: false,
    });
    expect(options.responseCache).toBeUndefined();
    expect(options.rateLimit).toBeUndefined();
    expect(options.trustedDocuments).toBeUndefined();
    expect(options.publicUrl).toBeUndefined();
  });

  it('reads each variable into its option', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'passerelle-options-'));
    const supergraphPath = path.join(directory, 'supergraph.graphql');
    writeFileSync(supergraphPath, 'type Query { a: Int }');
    try {
      const options = derive({
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(32),
        SUPERGRAPH_PATH: supergraphPath,
        CORS_ORIGINS: 'https://a.example, https://b.example',
        SUBGRAPH_TIMEOUT_MS: '700',
        CIRCUIT_BREAKER_FAILURES: '0',
        MAX_COST: '900',
        DEMAND_CONTROL: 'false',
        FEEDS: 'false',
        ENTITY_CACHE: 'off',
        RESPONSE_CACHE: 'memory',
        RESPONSE_CACHE_MAX_TTL_SECONDS: '5',
        COMPRESS_ABOVE_BYTES: '0',
        DEDUPLICATE_SUBGRAPH_FETCHES: 'false',
        TRUST_PROXY_HOPS: '2',
        PUBLIC_URL: 'https://jobs.example.org',
      });
      expect(options).toMatchObject({
        production: true,
        introspection: false,
        supergraphSdl: 'type Query { a: Int }',
        corsOrigins: ['https://a.example', 'https://b.example'],
        subgraphTimeoutMs: 700,
        circuitBreaker: { failuresToOpen: 0 },
        limits: { maxCost: 900 },
        demandControl: false,
        feeds: false,
        responseCache: { maxSizeMb: 64, maxTtlSeconds: 5 },
        deduplicateFetches: false,
        trustProxyHops: 2,
        publicUrl: 'https://jobs.example.org',
      });
      expect(options.entityCache).toBeUndefined();
      expect(options.compressAboveBytes).toBeUndefined();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
