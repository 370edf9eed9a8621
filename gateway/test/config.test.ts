import { ConfigError, loadConfig } from '@passerelle/config';
import { gatewaySettings } from '../src/config';

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
      loadConfig(gatewaySettings, { RESPONSE_CACHE: 'redis', QUERY_PLAN_CACHE_MB: '0' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual(['RESPONSE_CACHE: expected off or memory, got "redis"', expect.stringMatching(/^QUERY_PLAN_CACHE_MB: .*, got "0"$/)]);
  });
});
