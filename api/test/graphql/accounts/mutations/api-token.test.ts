import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, signIn, VIEWER } from '../../../support/accounts.js';
import { sqlRows } from '../../../../src/database/sql.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      apiToken {
        id
        name
        prefix
      }
      secret
      userErrors {
        code
      }
    }
  }
`;
type CreateData = {
  apiTokenCreate: {
    apiToken: { id: string; name: string; prefix: string } | null;
    secret: string | null;
    userErrors: { code: string }[];
  };
};

describe('API tokens: apiTokenCreate, Authorization: Bearer, apiTokenRevoke', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('lets a third party call the API as the person until the token is revoked', async () => {
    // given a researcher signed in with a browser
    const person = await createTestPerson(api, { name: 'Layla Researcher' });
    const cookie = await signIn(api, person.email, person.password);
    // when they create a token
    const created = await api.graphql<CreateData>(
      CREATE,
      { input: { name: 'Thesis scripts', scope: 'READ_WRITE' } },
      { headers: { cookie } },
    );
    const { apiToken, secret } = created.body.data!.apiTokenCreate;
    expect(secret).toMatch(/^shbk_[A-Za-z0-9_-]{43}$/);
    expect(apiToken?.prefix).toBe(secret!.slice(0, 9));
    // only a hash is stored
    const [stored] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      `select count(*)::int as n from api_token where secret_hash = sha256(convert_to(?, 'UTF8'))`,
      [secret],
    );
    expect(stored!.n).toBe(1);
    // then a program with the token is that person
    const bearer = { authorization: `Bearer ${secret}` };
    const viewer = await api.graphql<{ viewer: { email: string; credential: string } }>(
      VIEWER,
      {},
      { headers: bearer },
    );
    expect(viewer.body.data?.viewer).toMatchObject({ email: person.email, credential: 'API_TOKEN' });
    // public data needs no token at all
    const publicQuery = await api.graphql<{ platform: { version: string } }>(`{ platform { version } }`);
    expect(publicQuery.body.data?.platform.version).toBeTruthy();
    // a token cannot mint tokens
    const minted = await api.graphql<CreateData>(CREATE, { input: { name: 'child' } }, { headers: bearer });
    expect(minted.body.data?.apiTokenCreate.userErrors).toEqual([{ code: 'NOT_A_SESSION' }]);
    // the token shows up with its last use
    const listed = await api.graphql<{ viewer: { apiTokens: { name: string; lastUsedAt: string | null }[] } }>(
      `{ viewer { apiTokens { name lastUsedAt } } }`,
      {},
      { headers: { cookie } },
    );
    expect(listed.body.data?.viewer.apiTokens).toEqual([
      { name: 'Thesis scripts', lastUsedAt: expect.any(String) as string },
    ]);

    // when it is revoked
    const revoked = await api.graphql<{ apiTokenRevoke: { apiToken: { revokedAt: string } } }>(
      `mutation R($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { apiToken { revokedAt } userErrors { code } } }`,
      { input: { id: apiToken!.id } },
      { headers: { cookie } },
    );
    expect(revoked.body.data?.apiTokenRevoke.apiToken.revokedAt).toBeTruthy();
    // then it is refused with 401
    const after = await api.graphql(VIEWER, {}, { headers: bearer });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toBe('Bearer');
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed Authorization header with 401, naming the expected form', async () => {
    const response = await api.graphql(VIEWER, {}, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.message).toBe('Authorization must be "Bearer <API token>"');
  });

  it("does not revoke another person's token", async () => {
    const owner = await createTestPerson(api);
    const ownerCookie = await signIn(api, owner.email, owner.password);
    const created = await api.graphql<CreateData>(
      CREATE,
      { input: { name: 'mine' } },
      { headers: { cookie: ownerCookie } },
    );
    const stranger = await createTestPerson(api);
    const strangerCookie = await signIn(api, stranger.email, stranger.password);
    const response = await api.graphql<{ apiTokenRevoke: { userErrors: { code: string }[] } }>(
      `mutation R($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { userErrors { code } } }`,
      { input: { id: created.body.data!.apiTokenCreate.apiToken!.id } },
      { headers: { cookie: strangerCookie } },
    );
    expect(response.body.data?.apiTokenRevoke.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const still = await api.graphql<{ viewer: { email: string } }>(
      VIEWER,
      {},
      {
        headers: { authorization: `Bearer ${created.body.data!.apiTokenCreate.secret}` },
      },
    );
    expect(still.body.data?.viewer.email).toBe(owner.email);
  });

  it('makes read-only tokens by default, which run no mutation', async () => {
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const created = await api.graphql<{ apiTokenCreate: { apiToken: { id: string; scope: string }; secret: string } }>(
      `mutation { apiTokenCreate(input: { name: "dashboard" }) { apiToken { id scope } secret } }`,
      {},
      { headers: { cookie } },
    );
    const { apiToken, secret } = created.body.data!.apiTokenCreate;
    expect(apiToken.scope).toBe('READ_ONLY');
    const bearer = { authorization: `Bearer ${secret}` };
    // it reads
    const viewer = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: bearer });
    expect(viewer.body.data?.viewer.email).toBe(person.email);
    // and changes nothing, not even itself
    const revoke = await api.graphql(
      `mutation R($input: ApiTokenRevokeInput!) { apiTokenRevoke(input: $input) { userErrors { code } } }`,
      { input: { id: apiToken.id } },
      { headers: bearer },
    );
    expect(revoke.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(revoke.body.data ?? null).toBeNull();
    const still = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: bearer });
    expect(still.body.data?.viewer.email).toBe(person.email);
  });

  it('keeps sessions to sessions: a read-write token neither lists nor ends them', async () => {
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const created = await api.graphql<{ apiTokenCreate: { apiToken: { scope: string }; secret: string } }>(
      `mutation { apiTokenCreate(input: { name: "sync", scope: READ_WRITE }) { apiToken { scope } secret } }`,
      {},
      { headers: { cookie } },
    );
    const { apiToken, secret } = created.body.data!.apiTokenCreate;
    expect(apiToken.scope).toBe('READ_WRITE');
    const bearer = { authorization: `Bearer ${secret}` };
    const sessions = await api.graphql<{ viewer: { sessions: { id: string; ipAddress: string }[] } | null }>(
      `{ viewer { sessions { id ipAddress } } }`,
      {},
      { headers: bearer },
    );
    expect(sessions.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(sessions.body.data ?? null)).not.toContain('127.0.0.1');
    const [session] = (
      await api.graphql<{ viewer: { sessions: { id: string }[] } }>(
        `{ viewer { sessions { id } } }`,
        {},
        {
          headers: { cookie },
        },
      )
    ).body.data!.viewer.sessions;
    const revoke = await api.graphql<{ sessionRevoke: { userErrors: { code: string }[] } }>(
      `mutation R($input: SessionRevokeInput!) { sessionRevoke(input: $input) { userErrors { code } } }`,
      { input: { id: session!.id } },
      { headers: bearer },
    );
    expect(revoke.body.data?.sessionRevoke.userErrors).toEqual([{ code: 'NOT_A_SESSION' }]);
    // the browser is still signed in
    const browser = await api.graphql<{ viewer: { email: string } | null }>(VIEWER, {}, { headers: { cookie } });
    expect(browser.body.data?.viewer?.email).toBe(person.email);
  });
});
