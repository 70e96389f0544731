import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { cookieOf, createTestPerson, lastEmailTo, SIGN_IN, VIEWER } from '../../../support/accounts.js';
import { sqlRows } from '../../../../src/database/sql.js';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: AccountSignUpInput!) {
    accountSignUp(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation Verify($input: AccountEmailVerifyInput!) {
    accountEmailVerify(input: $input) {
      viewer {
        email
        emailVerified
      }
      userErrors {
        field
        code
      }
    }
  }
`;

interface SignUpData {
  accountSignUp: { userErrors: { field: string[] | null; code: string; message: string }[] };
}
interface SignInData {
  sessionCreate: {
    viewer: { email: string; credential: string } | null;
    userErrors: { field: string[] | null; code: string; retryAfterSeconds: number | null }[];
  };
}

describe('mutation accountSignUp, then accountEmailVerify and sessionCreate', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('creates an account that signs in only once its email is confirmed', async () => {
    // given a new person
    const email = 'Huda.Khalil@Example.org';
    const password = 'jasmine in the old city of salt';
    // when they sign up
    const signUp = await api.graphql<SignUpData>(SIGN_UP, { input: { name: 'Huda Khalil', email, password } });
    // then nothing is wrong, and a confirmation link is emailed (in Arabic and English) to the lower-cased address
    expect(signUp.body.data?.accountSignUp.userErrors).toEqual([]);
    const mail = await lastEmailTo(api, 'huda.khalil@example.org');
    expect(mail.kind).toBe('EMAIL_VERIFICATION');
    expect(mail.text).toContain('/ar/account/verify-email?token=');
    expect(mail.text).toContain('/en/account/verify-email?token=');
    // the password is stored as an argon2id hash, never as given
    const [stored] = await sqlRows<{ password: string }>(
      api.orm.em.fork(),
      `select a.password from auth_account a join auth_user u on u.id = a.user_id where u.email = ?`,
      ['huda.khalil@example.org'],
    );
    expect(stored!.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    // signing in before confirming is refused (and a new link is sent)
    const early = await api.graphql<SignInData>(SIGN_IN, { input: { email, password } });
    expect(early.body.data?.sessionCreate.userErrors[0]?.code).toBe('EMAIL_NOT_VERIFIED');
    expect(early.headers.getSetCookie()).toEqual([]);

    // confirming signs the person in
    const verify = await api.graphql<{ accountEmailVerify: { viewer: { emailVerified: boolean } } }>(VERIFY, {
      input: { token: mail.token },
    });
    expect(verify.body.data?.accountEmailVerify.viewer?.emailVerified).toBe(true);
    const cookie = cookieOf(verify.headers);
    expect(cookie).toContain('shabaka.session_token=');
    const viewer = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: { cookie } });
    expect(viewer.body.data?.viewer?.email).toBe('huda.khalil@example.org');

    // and the password works from now on, with an httpOnly SameSite cookie
    const signIn = await api.graphql<SignInData>(SIGN_IN, { input: { email, password } });
    expect(signIn.body.data?.sessionCreate.viewer).toMatchObject({
      email: 'huda.khalil@example.org',
      credential: 'SESSION',
    });
    const setCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('shabaka.session_token='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a sign-up with a taken email exactly like a new one, and tells the owner by email', async () => {
    const person = await createTestPerson(api);
    const response = await api.graphql<SignUpData>(SIGN_UP, {
      input: { name: 'Someone Else', email: person.email, password: 'a different long passphrase' },
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ accountSignUp: { userErrors: [] } });
    expect((await lastEmailTo(api, person.email)).kind).toBe('SIGN_UP_EXISTING');
    // and no log line holds the address
    expect(JSON.stringify(api.logs)).not.toContain(person.email);
  });

  it('refuses a malformed email and a weak password, naming the field, and creates nothing', async () => {
    const bad = await api.graphql<SignUpData>(SIGN_UP, {
      input: { name: 'N', email: 'not-an-email', password: 'olive trees by the dead sea' },
    });
    expect(bad.body.data?.accountSignUp.userErrors).toEqual([
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'is not an email address' },
    ]);
    for (const [password, message] of [
      ['short one', 'must be at least 12 characters'],
      ['Password2026!', 'is a commonly used password'],
      ['nadia.saleh.2026', 'must not contain your email address'],
    ] as const) {
      const weak = await api.graphql<SignUpData>(SIGN_UP, {
        input: { name: 'Nadia Saleh', email: 'nadia.saleh@example.org', password },
      });
      expect(weak.body.data?.accountSignUp.userErrors).toEqual([
        { field: ['input', 'password'], code: 'WEAK_PASSWORD', message },
      ]);
    }
    const blank = await api.graphql<SignUpData>(SIGN_UP, {
      input: { name: '   ', email: 'blank.name@example.org', password: 'olive trees by the dead sea' },
    });
    expect(blank.body.data?.accountSignUp.userErrors).toEqual([
      { field: ['input', 'name'], code: 'NAME_REQUIRED', message: 'give your name' },
    ]);
    const [count] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      `select count(*)::int as n from auth_user where email in ('not-an-email', 'nadia.saleh@example.org', 'blank.name@example.org')`,
      [],
    );
    expect(count!.n).toBe(0);
  });

  it('reports every problem of the form at once, not one per try', async () => {
    // given a form with a blank name, a malformed email and a weak password
    const bad = await api.graphql<SignUpData>(SIGN_UP, {
      input: { name: '  ', email: 'still-not-an-email', password: 'short one' },
    });
    // then each field has its error in the one answer
    expect(bad.body.data?.accountSignUp.userErrors).toEqual([
      { field: ['input', 'name'], code: 'NAME_REQUIRED', message: 'give your name' },
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'is not an email address' },
      { field: ['input', 'password'], code: 'WEAK_PASSWORD', message: 'must be at least 12 characters' },
    ]);
  });

  it('refuses an invalid, tampered or expired confirmation token', async () => {
    const response = await api.graphql<{ accountEmailVerify: { viewer: unknown; userErrors: { code: string }[] } }>(
      VERIFY,
      { input: { token: 'eyJhbGciOiJIUzI1NiJ9.eyJlbWFpbCI6Im5vYm9keUBleGFtcGxlLm9yZyJ9.forged' } },
    );
    expect(response.body.data?.accountEmailVerify).toEqual({
      viewer: null,
      userErrors: [{ field: ['input', 'token'], code: 'INVALID_TOKEN' }],
    });
  });
});
