import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, lastEmailTo, signIn, VIEWER } from '../../../support/accounts.js';

describe('mutation accountEmailChange', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it('changes the address once the link sent to the new one is opened', async () => {
    // given a signed-in person
    const person = await createTestPerson(api, { email: 'old.address@example.org' });
    const cookie = await signIn(api, person.email, person.password);
    // when they ask for a new address
    const asked = await api.graphql<{ accountEmailChange: { userErrors: unknown[] } }>(
      `mutation($input: AccountEmailChangeInput!) { accountEmailChange(input: $input) { userErrors { code } } }`,
      { input: { newEmail: 'New.Address@Example.org' } },
      { headers: { cookie } },
    );
    expect(asked.body.data?.accountEmailChange.userErrors).toEqual([]);
    // then nothing changes until the link emailed to the new address is opened
    expect(
      (await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: { cookie } })).body.data?.viewer.email,
    ).toBe('old.address@example.org');
    const mail = await lastEmailTo(api, 'new.address@example.org');
    expect(mail.kind).toBe('EMAIL_VERIFICATION');
    const verified = await api.graphql<{ accountEmailVerify: { userErrors: unknown[] } }>(
      `mutation($input: AccountEmailVerifyInput!) { accountEmailVerify(input: $input) { userErrors { code } } }`,
      { input: { token: mail.token } },
      { headers: { cookie } },
    );
    expect(verified.body.data?.accountEmailVerify.userErrors).toEqual([]);
    const viewer = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: { cookie } });
    expect(viewer.body.data?.viewer.email).toBe('new.address@example.org');
  });

  it('refuses a malformed address, naming the field', async () => {
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const response = await api.graphql<{ accountEmailChange: { userErrors: { field: string[]; code: string }[] } }>(
      `mutation($input: AccountEmailChangeInput!) { accountEmailChange(input: $input) { userErrors { field code } } }`,
      { input: { newEmail: 'no at sign' } },
      { headers: { cookie } },
    );
    expect(response.body.data?.accountEmailChange.userErrors).toEqual([
      { field: ['input', 'newEmail'], code: 'INVALID_EMAIL' },
    ]);
  });
});
