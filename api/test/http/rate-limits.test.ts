/**
 * Rate limits by cost, shared by several API instances through the database (and through Redis when configured),
 * and a session opened on one instance used on another: the API keeps no state of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/database/database.js';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestPerson, signIn, VIEWER } from '../support/accounts.js';

const QUERY = '{ organizations(first: 100) { totalCount } }';

async function ask(url: string, query = QUERY, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: Record<string, unknown> }[];
      extensions?: { rateLimit?: { cost: number; limit: number; remaining: number; resetAt: string } };
    },
  };
}

describe.each([
  ['PostgreSQL', {}],
  ['Redis', { REDIS_URL: 'redis://127.0.0.1:6379/0' }],
])('rate limits across two API instances (counters in %s)', (_store, storeEnv) => {
  let first: TestApi;
  let second: App;
  let secondUrl: string;
  let secondOrm: MikroORM;
  beforeAll(async () => {
    // each run its own window length, so Redis keys of an earlier run never count
    const env = {
      RATE_LIMIT_ANONYMOUS_POINTS: '5',
      RATE_LIMIT_WINDOW_SECONDS: String(3000 + Math.floor(Math.random() * 500)),
      ...storeEnv,
    };
    first = await startTestApi({ env });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: first.database.url, PORT: '0', ...env });
    // a second instance: its own pools, its own Apollo, Better Auth and rate limiter, the same database
    secondOrm = await openDatabase({
      url: first.database.url,
      poolMax: 3,
      migrate: false,
      logger: pino({ level: 'silent' }),
    });
    second = await createApp({ config, orm: secondOrm, logger: pino({ level: 'silent' }) });
    secondUrl = await second.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await second.stop();
    await secondOrm.close(true);
    await first.stop();
  });

  it('charges one point per 100 objects, reports the budget, and refuses past it on either instance', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const asClient = { 'x-forwarded-for': address };
    const one = await ask(first.url, QUERY, asClient);
    expect(one.body.extensions?.rateLimit).toMatchObject({ cost: 1, limit: 5, remaining: 4 });
    expect(one.headers.get('x-ratelimit-remaining')).toBe('4');
    for (const url of [secondUrl, first.url, secondUrl, first.url]) {
      expect((await ask(url, QUERY, asClient)).status).toBe(200);
    }
    const refused = await ask(secondUrl, QUERY, asClient);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      rateLimit: { remaining: 0, limit: 5 },
    });
    // another client address has its own budget
    expect((await ask(secondUrl, QUERY, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
  });

  it('lets a session opened on one instance be used on the other', async () => {
    const person = await createTestPerson(first);
    const cookie = await signIn(first, person.email, person.password);
    const viewer = await ask(secondUrl, VIEWER, { cookie });
    expect((viewer.body.data as { viewer: { email: string } }).viewer.email).toBe(person.email);
  });
});
