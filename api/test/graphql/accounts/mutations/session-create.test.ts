import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { cookieOf, createTestPerson, SIGN_IN, signIn, VIEWER } from '../../../support/accounts.js';

interface SignInData {
  sessionCreate: {
    viewer: { email: string; roles: string[]; credential: string } | null;
    userErrors: { field: string[] | null; code: string; message: string; retryAfterSeconds: number | null }[];
  };
}

const SESSIONS = /* GraphQL */ `
  query Sessions {
    viewer {
      sessions {
        id
        current
        ipAddress
      }
    }
  }
`;

describe('mutation sessionCreate (sign in), sessionDelete and sessionRevoke', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('signs in with the roles of the person', async () => {
    const person = await createTestPerson(api, { roles: ['PROGRAMME_OFFICER'] });
    const response = await api.graphql<SignInData>(SIGN_IN, {
      input: { email: person.email.toUpperCase(), password: person.password },
    });
    expect(response.body.data?.sessionCreate).toEqual({
      viewer: { uuid: person.id, email: person.email, roles: ['PROGRAMME_OFFICER'], credential: 'SESSION' },
      userErrors: [],
    });
  });

  it('gives one answer for an unknown email and a wrong password', async () => {
    const person = await createTestPerson(api);
    const wrong = await api.graphql<SignInData>(SIGN_IN, {
      input: { email: person.email, password: 'not the right one at all' },
    });
    const unknown = await api.graphql<SignInData>(SIGN_IN, {
      input: { email: 'nobody-here@example.org', password: 'not the right one at all' },
    });
    expect(wrong.body.data?.sessionCreate).toEqual(unknown.body.data?.sessionCreate);
    expect(wrong.body.data?.sessionCreate.userErrors).toEqual([
      { field: null, code: 'INVALID_CREDENTIALS', message: 'wrong email or password', retryAfterSeconds: null },
    ]);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('refuses the 4th wrong password within 10 s with the time to wait, even when the 4th is right', async () => {
    const person = await createTestPerson(api);
    for (let i = 0; i < 3; i++) {
      const attempt = await api.graphql<SignInData>(SIGN_IN, {
        input: { email: person.email, password: `wrong password number ${i}` },
      });
      expect(attempt.body.data?.sessionCreate.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const fourth = await api.graphql<SignInData>(SIGN_IN, {
      input: { email: person.email, password: person.password },
    });
    const error = fourth.body.data?.sessionCreate.userErrors[0];
    expect(error?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error?.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect(fourth.body.data?.sessionCreate.viewer).toBeNull();
    // another account from the same address is not locked by it
    const other = await createTestPerson(api);
    await expect(signIn(api, other.email, other.password)).resolves.toContain('shabaka.session_token=');
  });

  it('lists the sessions, revokes one elsewhere, and signs out', async () => {
    const person = await createTestPerson(api);
    const here = await signIn(api, person.email, person.password);
    const elsewhere = await signIn(api, person.email, person.password);
    const listed = await api.graphql<{ viewer: { sessions: { id: string; current: boolean; ipAddress: string }[] } }>(
      SESSIONS,
      {},
      { headers: { cookie: here } },
    );
    const sessions = listed.body.data!.viewer.sessions;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions[0]!.ipAddress).toBe('127.0.0.1');
    const other = sessions.find((s) => !s.current)!;

    // another person cannot revoke it: the id answers as unknown
    const stranger = await createTestPerson(api);
    const strangerCookie = await signIn(api, stranger.email, stranger.password);
    const REVOKE = `mutation R($input: SessionRevokeInput!) { sessionRevoke(input: $input) { userErrors { code } } }`;
    const refused = await api.graphql<{ sessionRevoke: { userErrors: { code: string }[] } }>(
      REVOKE,
      { input: { id: other.id } },
      { headers: { cookie: strangerCookie } },
    );
    expect(refused.body.data?.sessionRevoke.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    const revoked = await api.graphql<{ sessionRevoke: { userErrors: unknown[] } }>(
      REVOKE,
      { input: { id: other.id } },
      { headers: { cookie: here } },
    );
    expect(revoked.body.data?.sessionRevoke.userErrors).toEqual([]);
    expect(
      (await api.graphql<{ viewer: unknown }>(VIEWER, {}, { headers: { cookie: elsewhere } })).body.data?.viewer,
    ).toBeNull();

    // signing out ends this session and clears the cookie
    const out = await api.graphql<{ sessionDelete: { userErrors: unknown[] } }>(
      `mutation { sessionDelete { userErrors { code } } }`,
      {},
      { headers: { cookie: here } },
    );
    expect(out.body.data?.sessionDelete.userErrors).toEqual([]);
    expect(cookieOf(out.headers)).toBe('');
    expect(
      (await api.graphql<{ viewer: unknown }>(VIEWER, {}, { headers: { cookie: here } })).body.data?.viewer,
    ).toBeNull();
  });

  it('answers UNAUTHENTICATED to a protected mutation without credentials', async () => {
    const response = await api.graphql(`mutation { sessionDelete { userErrors { code } } }`);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
