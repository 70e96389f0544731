import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, lastEmailTo, SIGN_IN, signIn, VIEWER } from '../../../support/accounts.js';
import { recentEmails } from '../../../../src/common/email/email-outbox.js';

const REQUEST = /* GraphQL */ `
  mutation Request($input: AccountPasswordResetRequestInput!) {
    accountPasswordResetRequest(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
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
    expect((await recentEmails(api.orm.em.fork(), 100)).length).toBe(before);
  });

  it('refuses a made-up token', async () => {
    const response = await api.graphql<ResetData>(RESET, {
      input: { token: 'made-up', newPassword: 'cardamom coffee at dawn' },
    });
    expect(response.body.data?.accountPasswordReset.userErrors[0]?.code).toBe('INVALID_TOKEN');
  });
});
