import { booleanFlag, ConfigError, loadConfig, subgraphSettings } from '../src';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig(subgraphSettings(4001), {});
    expect(config).toEqual({
      NODE_ENV: 'development', PORT: 4001, LOG_LEVEL: 'info', SQLITE_DIR: 'data', HOST: '127.0.0.1', SEED: true, QUERY_TIMEOUT_MS: 5000,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(subgraphSettings(4001), { PORT: '', MYSQL_URL: '' }).PORT).toBe(4001);
  });

  it('names every bad variable and what it got', () => {
    let error: unknown;
    try {
      loadConfig(subgraphSettings(4001), { PORT: 'abc', MYSQL_URL: 'postgres://x', NODE_ENV: 'staging' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT: expected a whole number from 0 to 65535, got "abc"');
    expect(message).toContain('MYSQL_URL: expected a URL starting with mysql://, got "postgres://x"');
    expect(message).toMatch(/NODE_ENV: .*got "staging"/);
  });

  it('reads boolean flags', () => {
    expect(loadConfig(subgraphSettings(4001), { SEED: 'false' }).SEED).toBe(false);
    expect(() => loadConfig(subgraphSettings(4001), { SEED: 'maybe' })).toThrow('SEED: expected true or false');
  });
});

describe('an optional flag', () => {
  it('stays unset when the variable is, so the process can derive its own default', () => {
    const shape = { INTROSPECTION: booleanFlag() };
    expect(loadConfig(shape, {}).INTROSPECTION).toBeUndefined();
    expect(loadConfig(shape, { INTROSPECTION: 'false' }).INTROSPECTION).toBe(false);
    expect(loadConfig(shape, { INTROSPECTION: '1' }).INTROSPECTION).toBe(true);
  });

  it('cannot be written as a default inside .optional(), which zod 4 never leaves unset', () => {
    expect(() => loadConfig({ INTROSPECTION: booleanFlag(false).optional() }, {})).toThrow(/^INTROSPECTION: a default inside \.optional\(\)/);
  });
});
