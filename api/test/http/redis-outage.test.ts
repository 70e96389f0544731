/**
 * Redis going away (REDIS_URL set): the API keeps answering. Rate limits keep holding on PostgreSQL counters, the
 * response cache is skipped, and the process neither crashes nor waits for Redis. Redis is reached through a TCP
 * relay that the test cuts, as a restart or a network fault would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { tcpRelay, type TcpRelay } from '../support/relay.js';

interface Answer {
  data?: unknown;
  errors?: { extensions?: { code?: string } }[];
  extensions?: { rateLimit?: { remaining: number } };
}

describe('a Redis outage', () => {
  let api: TestApi;
  let relay: TcpRelay;

  beforeAll(async () => {
    relay = await tcpRelay(6379);
    const port = relay.port;
    api = await startTestApi({
      env: {
        REDIS_URL: `redis://127.0.0.1:${port}/0`,
        RATE_LIMIT_ANONYMOUS_POINTS: '3',
        // a window of its own, so no key of an earlier run counts
        RATE_LIMIT_WINDOW_SECONDS: String(2000 + Math.floor(Math.random() * 500)),
      },
    });
  });
  afterAll(async () => {
    await relay.cut();
    await api.stop();
  });

  const ask = async (): Promise<{ status: number; body: Answer }> => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };

  it('keeps answering, with rate limits counted in PostgreSQL, and stops cleanly', async () => {
    const before = await ask();
    expect(before.status).toBe(200);
    expect(before.body.extensions?.rateLimit?.remaining).toBe(2);

    // Redis goes away
    await relay.cut();

    const during = [await ask(), await ask(), await ask()];
    expect(during.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(during.map((answer) => answer.body.data)).toEqual(Array(3).fill({ organizations: { totalCount: 0 } }));
    // the PostgreSQL counters start from nothing, and the limit still holds on them
    expect(during.map((answer) => answer.body.extensions?.rateLimit?.remaining)).toEqual([2, 1, 0]);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const messages = api.logs.map((line) => line.msg);
    expect(messages).toContain('rate limits: Redis does not answer, counting in PostgreSQL');
    expect(messages).toContain('response cache unreachable: answering without it');
  });
});
