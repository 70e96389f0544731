/**
 * A database outage is not a bug: while PostgreSQL cannot be reached the API answers 503 with a hint to retry (and
 * /readyz says why), and serves again once it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { tcpRelay, throughRelay, type TcpRelay } from '../support/relay.js';

interface Answer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

describe('a database outage', () => {
  let api: TestApi;
  let relay: TcpRelay;
  let database: TestDatabase;

  beforeAll(async () => {
    // given the API reaching PostgreSQL through a relay the test can cut
    database = await createTestDatabase();
    relay = await tcpRelay(Number(new URL(database.url).port || 5432), new URL(database.url).hostname);
    api = await startTestApi({ database: { ...database, url: throughRelay(database.url, relay) } });
  });
  afterAll(async () => {
    await relay.restore().catch(() => undefined);
    await api.stop();
    await database.drop();
  });

  const ask = async (): Promise<{ status: number; retryAfter: string | null; body: Answer }> => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as Answer,
    };
  };

  it('answers 503 with a retry hint while PostgreSQL is out of reach, and serves again once it is back', async () => {
    expect((await ask()).status).toBe(200);

    // when the database goes away
    await relay.cut();

    // then the public's query is refused as unavailable, not as a bug
    const during = await ask();
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('5');
    expect(during.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(during.body.errors?.[0]?.message).not.toContain('Internal server error');
    // and so is a signed-in request, whose viewer cannot be read (a cookie of a session that may exist)
    const signedIn = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer shbk_not-a-real-token-but-well-formed' },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(signedIn.status).toBe(503);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(503);

    // when it comes back, the API serves again without a restart
    await relay.restore();
    let after = await ask();
    for (let attempt = 0; after.status !== 200 && attempt < 100; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await ask();
    }
    expect(after.status).toBe(200);
  });
});
