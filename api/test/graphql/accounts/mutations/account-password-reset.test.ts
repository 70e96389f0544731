import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, emailsTo, lastEmailTo, SIGN_IN, signIn, VIEWER } from '../../../support/accounts.js';
import { sqlRows } from '../../../../src/database/sql.js';
import { recentEmails } from '../../../../src/common/email/email-outbox.js';

const REQUEST = /* GraphQL */ `
  mutation Request($input: AccountPasswordResetRequestInput!) {
    accountPasswordResetRequest(input: $input) {
      userErrors {
        code
        retryAfterSeconds
      }
    }
  }
`;
type RequestData = {
  accountPasswordResetRequest: { userErrors: { code: string; retryAfterSeconds: number | null }[] };
};
const RESET = /* GraphQL */ `
  mutation Reset($input: AccountPasswordResetInput!) {
    accountPasswordReset(input: $input) {
      userErrors {
        field
        code
        message
      }
    }
  }
`;
type ResetData = { accountPasswordReset: { userErrors: { field: string[]; code: string; message: string }[] } };

describe('mutations accountPasswordResetRequest and accountPasswordReset', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('resets a password once with the emailed link, ends the old sessions, and refuses the link again', async () => {
    // given a signed-in person who forgot their password on another device
    const person = await createTestPerson(api, { name: 'Omar Nasser' });
    const oldSession = await signIn(api, person.email, person.password);
    // when they ask for a reset
    const request = await api.graphql(REQUEST, { input: { email: person.email } });
    expect(request.body.data).toEqual({ accountPasswordResetRequest: { userErrors: [] } });
    const mail = await lastEmailTo(api, person.email);
    expect(mail.kind).toBe('PASSWORD_RESET');
    // a weak new password is refused, naming the field, and the link still works after that
    const weak = await api.graphql<ResetData>(RESET, {
      input: { token: mail.token, newPassword: 'omar nasser rules' },
    });
    expect(weak.body.data?.accountPasswordReset.userErrors).toEqual([
      { field: ['input', 'newPassword'], code: 'WEAK_PASSWORD', message: 'must not contain your name' },
    ]);
    const reset = await api.graphql<ResetData>(RESET, {
      input: { token: mail.token, newPassword: 'cardamom coffee at dawn' },
    });
    expect(reset.body.data?.accountPasswordReset.userErrors).toEqual([]);
    // then the new password works, the old one does not, the old session is over, and the link is spent
    await expect(signIn(api, person.email, 'cardamom coffee at dawn')).resolves.toContain('shabaka.session_token=');
    const old = await api.graphql<{ sessionCreate: { userErrors: { code: string }[] } }>(SIGN_IN, {
      input: { email: person.email, password: person.password },
    });
    expect(old.body.data?.sessionCreate.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(
      (await api.graphql<{ viewer: unknown }>(VIEWER, {}, { headers: { cookie: oldSession } })).body.data?.viewer,
    ).toBeNull();
    const again = await api.graphql<ResetData>(RESET, {
      input: { token: mail.token, newPassword: 'another long passphrase' },
    });
    expect(again.body.data?.accountPasswordReset.userErrors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN', message: 'this link is not valid' },
    ]);
  });

  it('answers a reset request for an unknown email like any other, and sends nothing', async () => {
    const before = (await recentEmails(api.orm.em.fork(), 100)).length;
    const response = await api.graphql(REQUEST, { input: { email: 'no-account-here@example.org' } });
    expect(response.body.data).toEqual({ accountPasswordResetRequest: { userErrors: [] } });
    await expect.poll(() => jobsPending()).toBe(0);
    expect((await recentEmails(api.orm.em.fork(), 100)).length).toBe(before);
  });

  it('refuses a made-up token', async () => {
    const response = await api.graphql<ResetData>(RESET, {
      input: { token: 'made-up', newPassword: 'cardamom coffee at dawn' },
    });
    expect(response.body.data?.accountPasswordReset.userErrors[0]?.code).toBe('INVALID_TOKEN');
  });

  /** Reset requests not yet handled by the job (none before the job existed). */
  async function jobsPending(): Promise<number> {
    const [table] = await sqlRows<{ name: string | null }>(
      api.orm.em.fork(),
      `select to_regclass('password_reset_request')::text as name`,
    );
    if (!table?.name) return 0;
    const [row] = await sqlRows<{ n: number }>(
      api.orm.em.fork(),
      'select count(*)::int as n from password_reset_request',
    );
    return row!.n;
  }

  it('keeps one live link per person, stores only its hash, and a reset revokes every other link', async () => {
    const person = await createTestPerson(api);
    await api.graphql(REQUEST, { input: { email: person.email } });
    const first = await lastEmailTo(api, person.email, 'PASSWORD_RESET');
    await api.graphql(REQUEST, { input: { email: person.email } });
    await expect.poll(async () => (await emailsTo(api, person.email)).length).toBe(2);
    const [second] = await emailsTo(api, person.email);
    expect(second!.token).not.toBe(first.token);
    // the database never holds a token as sent: a copy of the table would not open the account
    const stored = await sqlRows<{ identifier: string; value: string }>(
      api.orm.em.fork(),
      'select identifier, value from auth_verification where value = ?',
      [person.id],
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(row.identifier).not.toContain(first.token!);
      expect(row.identifier).not.toContain(second!.token!);
    }
    // at most one live link
    expect(stored).toHaveLength(1);
    // a reset with the newest link revokes the other one
    const reset = await api.graphql<ResetData>(RESET, {
      input: { token: second!.token, newPassword: 'cardamom coffee at dawn' },
    });
    expect(reset.body.data?.accountPasswordReset.userErrors).toEqual([]);
    const older = await api.graphql<ResetData>(RESET, {
      input: { token: first.token, newPassword: 'another long passphrase' },
    });
    expect(older.body.data?.accountPasswordReset.userErrors[0]?.code).toBe('INVALID_TOKEN');
    await expect(signIn(api, person.email, 'cardamom coffee at dawn')).resolves.toContain('shabaka.session_token=');
  });

  it('sends at most 3 links to one address however many are asked for at once', async () => {
    const person = await createTestPerson(api);
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => api.graphql<RequestData>(REQUEST, { input: { email: person.email } })),
    );
    const codes = answers.map((a) => a.body.data!.accountPasswordResetRequest.userErrors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(21);
    await expect.poll(async () => (await emailsTo(api, person.email)).length).toBe(3);
    expect(await jobsPending()).toBe(0);
  });

  it('limits the requests of one client whatever the addresses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        api.graphql<RequestData>(REQUEST, { input: { email: `someone-${i}@example.org` } }),
      ),
    );
    const refused = answers.filter(
      (a) => a.body.data!.accountPasswordResetRequest.userErrors[0]?.code === 'TOO_MANY_ATTEMPTS',
    );
    // 20 an hour per client (a few were spent by the tests above)
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(refused[0]!.body.data!.accountPasswordResetRequest.userErrors[0]!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
