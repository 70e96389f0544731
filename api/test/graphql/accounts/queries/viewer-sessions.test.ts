import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { cookieOf, createTestPerson, SIGN_IN } from '../../../support/accounts.js';

const SESSIONS = /* GraphQL */ `
  query Sessions {
    viewer {
      sessions {
        current
        userAgent
        ipAddress
      }
    }
  }
`;

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/131.0 Safari/537.36';
const PORTAL = 'node';

async function signInThrough(api: TestApi, email: string, password: string): Promise<string> {
  // the portal's server signs in for the browser: its own user agent, the browser's relayed with its address
  const response = await api.graphql<{ sessionCreate: { userErrors: unknown[] } }>(
    SIGN_IN,
    { input: { email, password } },
    {
      headers: {
        'user-agent': PORTAL,
        'x-forwarded-for': '198.51.100.23',
        'x-forwarded-user-agent': BROWSER,
      },
    },
  );
  expect(response.body.data?.sessionCreate.userErrors).toEqual([]);
  return cookieOf(response.headers);
}

async function sessionsOf(api: TestApi, cookie: string) {
  const listed = await api.graphql<{
    viewer: { sessions: { current: boolean; userAgent: string; ipAddress: string }[] };
  }>(SESSIONS, {}, { headers: { cookie } });
  return listed.body.data!.viewer.sessions;
}

describe('query viewer.sessions: what each session says of its browser', () => {
  let api: TestApi;
  let untrusting: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    // an API that does not count the caller (127.0.0.1) among its trusted proxies
    untrusting = await startTestApi({ env: { TRUSTED_PROXIES: '192.0.2.1' } });
  });
  afterAll(async () => {
    await api.stop();
    await untrusting.stop();
  });

  it("names the browser the portal relays, not the portal's own user agent", async () => {
    // given a person who signs in through the portal
    const person = await createTestPerson(api);
    const cookie = await signInThrough(api, person.email, person.password);
    // when they list their sessions
    const sessions = await sessionsOf(api, cookie);
    // then the session carries the browser's user agent and address
    expect(sessions).toEqual([{ current: true, userAgent: BROWSER, ipAddress: '198.51.100.23' }]);
  });

  it('ignores a relayed user agent from a caller that is not a trusted proxy', async () => {
    // given a client that talks to the API directly and claims another browser
    const person = await createTestPerson(untrusting);
    const cookie = await signInThrough(untrusting, person.email, person.password);
    // then its session keeps the client's own user agent and address
    const sessions = await sessionsOf(untrusting, cookie);
    expect(sessions).toEqual([{ current: true, userAgent: PORTAL, ipAddress: '127.0.0.1' }]);
  });
});
