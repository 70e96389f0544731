import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, repositoryRoot } from './config.js';

describe('loadConfig', () => {
  it('has working defaults for a developer machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      databaseUrl: undefined,
      logLevel: 'info',
      migrateOnStart: true,
    });
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be an integer from 0 to 65535 (got "abc")'],
    ['PORT', '70000', 'PORT must be an integer from 0 to 65535 (got "70000")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['NODE_ENV', 'prod', 'NODE_ENV must be one of development, production, test (got "prod")'],
    [
      'DATABASE_URL',
      'mysql://x@y/z',
      'DATABASE_URL must be a URL starting with postgres: or postgresql: (got "mysql://x@y/z")',
    ],
    ['PUBLIC_URL', 'not a url', 'PUBLIC_URL must be a URL starting with http: or https: (got "not a url")'],
    ['MIGRATE_ON_START', 'maybe', 'MIGRATE_ON_START must be true or false (got "maybe")'],
  ])('refuses %s=%s naming the variable and what it expects', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it('never repeats a password from a malformed database URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:hunter2@db/x' })).toThrow(/app:\*\*\*@db/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:hunter2@db/x' })).not.toThrow(/hunter2/);
  });

  it('reads read replica URLs as a comma-separated list, each checked, passwords never repeated', () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(
      loadConfig({ DATABASE_REPLICA_URLS: ' postgresql://r1/shabaka, ,postgres://r2:5433/shabaka ' })
        .databaseReplicaUrls,
    ).toEqual(['postgresql://r1/shabaka', 'postgres://r2:5433/shabaka']);
    const bad = () => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://r1/x,mysql://app:hunter2@r2/x' });
    expect(bad).toThrow(/DATABASE_REPLICA_URLS.*app:\*\*\*@r2/);
    expect(bad).not.toThrow(/hunter2/);
  });

  it('documents every variable it reads in the README table and in .env.example', () => {
    const source = fs.readFileSync(path.join(repositoryRoot, 'api/src/config.ts'), 'utf8');
    const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
    const example = fs.readFileSync(path.join(repositoryRoot, '.env.example'), 'utf8');
    const names = [...new Set([...source.matchAll(/\(env, '([A-Z_]+)'/g)].map((match) => match[1]!))];
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !readme.includes(`| \`${name}\``))).toEqual([]);
    expect(names.filter((name) => !new RegExp(`^(# )?${name}=`, 'm').test(example))).toEqual([]);
  });

  it('reads CORS_ORIGINS as *, none, or exact origins', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'none' }).corsOrigins).toBe('none');
    expect(loadConfig({ CORS_ORIGINS: 'https://Portal.example.org, http://localhost:3000' }).corsOrigins).toEqual([
      'https://portal.example.org',
      'http://localhost:3000',
    ]);
    for (const bad of ['https://portal.example.org/path', 'portal.example.org', 'ftp://x.example']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS/);
    }
  });
});
