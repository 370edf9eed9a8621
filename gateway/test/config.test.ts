import { ConfigError, loadConfig } from '@passerelle/config';
import { gatewaySettings, refuseInconsistentSettings } from '../src/config';

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
    expect(problems).toEqual(['RESPONSE_CACHE: expected off, memory or redis, got "disk"', expect.stringMatching(/^QUERY_PLAN_CACHE_MB: .*, got "0"$/)]);
  });

  it('want REDIS_URL with RESPONSE_CACHE=redis, naming it', () => {
    expect(problemsOf({ RESPONSE_CACHE: 'redis' })).toEqual([expect.stringMatching(/^REDIS_URL: RESPONSE_CACHE=redis needs/)]);
    expect(problemsOf({ RESPONSE_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([]);
    expect(problemsOf({ RESPONSE_CACHE: 'memory' })).toEqual([]);
  });

  it('keep entities in each process by default, and want REDIS_URL with ENTITY_CACHE=redis, naming it', () => {
    expect(loadConfig(gatewaySettings, {})).toMatchObject({ ENTITY_CACHE: 'memory', ENTITY_CACHE_MAX_MB: 64, ENTITY_CACHE_MAX_TTL_SECONDS: 60 });
    expect(problemsOf({ ENTITY_CACHE: 'redis' })).toEqual([expect.stringMatching(/^REDIS_URL: ENTITY_CACHE=redis needs/)]);
    expect(problemsOf({ ENTITY_CACHE: 'redis', REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual([]);
  });
});
