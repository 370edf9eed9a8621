import { booleanFlag, ConfigError, loadConfig, REDACTED, settingsLine, subgraphSettings, z } from '../src';

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig(subgraphSettings(4001), {});
    expect(config).toEqual({
      NODE_ENV: 'development',
      PORT: 4001,
      LOG_LEVEL: 'info',
      SQLITE_DIR: 'data',
      HOST: '127.0.0.1',
      SEED: true,
      QUERY_TIMEOUT_MS: 5000,
      MYSQL_DATABASE_PREFIX: 'passerelle',
      SUBGRAPH_MAX_DEPTH: 15,
      SUBGRAPH_MAX_ALIASES: 30,
      SUBGRAPH_MAX_OBJECTS: 25_000,
      SUBGRAPH_MAX_BODY_BYTES: 12_000_000,
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
    expect(() => loadConfig({ INTROSPECTION: booleanFlag(false).optional() }, {})).toThrow(
      /^INTROSPECTION: a default inside \.optional\(\)/,
    );
  });
});

describe('settingsLine', () => {
  const shape = { ...subgraphSettings(4001), API_KEY: z.string().optional() };

  it('shows every variable the schema reads, unset ones as null, and the values the process resolved', () => {
    const line = settingsLine(shape, loadConfig(shape, {}), { SEED: 'resolved' });
    expect(Object.keys(line)).toEqual(Object.keys(shape));
    expect(line).toMatchObject({ MYSQL_URL: null, API_KEY: null, PORT: 4001, SEED: 'resolved' });
  });

  it('redacts secrets and the password of a URL', () => {
    const config = loadConfig(shape, { API_KEY: 'k3y', MYSQL_URL: 'mysql://root:s3cret@db:3306?socket=/x' });
    expect(settingsLine(shape, config)).toMatchObject({ API_KEY: REDACTED, MYSQL_URL: 'mysql://root:[redacted]@db:3306?socket=/x' });
    expect(settingsLine(shape, loadConfig(shape, { MYSQL_URL: 'mysql://root@db' })).MYSQL_URL).toBe('mysql://root@db');
  });
});
