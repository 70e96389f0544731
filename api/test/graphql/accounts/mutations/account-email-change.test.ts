import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../support/api.js';
import { createTestPerson, emailsTo, lastEmailTo, SIGN_IN, signIn, VIEWER } from '../../../support/accounts.js';

const CHANGE = /* GraphQL */ `
  mutation Change($input: AccountEmailChangeInput!) {
    accountEmailChange(input: $input) {
      userErrors {
        field
        code
        retryAfterSeconds
      }
    }
  }
`;
type ChangeData = {
  accountEmailChange: { userErrors: { field: string[] | null; code: string; retryAfterSeconds: number | null }[] };
};
const VERIFY = `mutation($input: AccountEmailVerifyInput!) { accountEmailVerify(input: $input) { userErrors { code } } }`;
const UNDO = /* GraphQL */ `
  mutation Undo($input: AccountEmailChangeUndoInput!) {
    accountEmailChangeUndo(input: $input) {
      userErrors {
        field
        code
      }
    }
  }
`;

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
      { input: { newEmail: 'New.Address@Example.org', currentPassword: person.password } },
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
      { input: { newEmail: 'no at sign', currentPassword: person.password } },
      { headers: { cookie } },
    );
    expect(response.body.data?.accountEmailChange.userErrors).toEqual([
      { field: ['input', 'newEmail'], code: 'INVALID_EMAIL' },
    ]);
  });

  it('refuses a change without the current password, and counts wrong ones with sign-in', async () => {
    // given a stolen session (the thief does not know the password)
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const answers: ChangeData['accountEmailChange']['userErrors'][] = [];
    for (let i = 0; i < 4; i++) {
      const response = await api.graphql<ChangeData>(
        CHANGE,
        { input: { newEmail: 'thief@example.org', currentPassword: `a guess number ${i}` } },
        { headers: { cookie } },
      );
      answers.push(response.body.data!.accountEmailChange.userErrors);
    }
    expect(answers.slice(0, 3)).toEqual(
      Array.from({ length: 3 }, () => [
        { field: ['input', 'currentPassword'], code: 'INVALID_CREDENTIALS', retryAfterSeconds: null },
      ]),
    );
    expect(answers[3]![0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    // nothing was sent to the new address, and sign-in is held back too
    expect(await emailsTo(api, 'thief@example.org')).toEqual([]);
    const signInNow = await api.graphql<{ sessionCreate: { userErrors: { code: string }[] } }>(SIGN_IN, {
      input: { email: person.email, password: person.password },
    });
    expect(signInNow.body.data?.sessionCreate.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('tells the old address once the change is made, with a link that undoes it and ends every session', async () => {
    // given a person whose address is changed (by them, or by someone who knew the password)
    const person = await createTestPerson(api, { name: 'Huda Undo', email: 'huda.before@example.org' });
    const cookie = await signIn(api, person.email, person.password);
    const asked = await api.graphql<ChangeData>(
      CHANGE,
      { input: { newEmail: 'huda.after@example.org', currentPassword: person.password } },
      { headers: { cookie } },
    );
    expect(asked.body.data?.accountEmailChange.userErrors).toEqual([]);
    // the old address is not told before anything changed
    expect((await emailsTo(api, 'huda.before@example.org')).map((e) => e.kind)).toEqual([]);
    const confirmation = await lastEmailTo(api, 'huda.after@example.org');
    await api.graphql(VERIFY, { input: { token: confirmation.token } });
    // then the old address is told, with the new address and a link to undo
    const notice = await lastEmailTo(api, 'huda.before@example.org', 'EMAIL_CHANGED');
    expect(notice.text).toContain('huda.after@example.org');
    expect(notice.token).toBeTruthy();

    // when the owner undoes it
    const undone = await api.graphql<{ accountEmailChangeUndo: { userErrors: unknown[] } }>(UNDO, {
      input: { token: notice.token },
    });
    expect(undone.body.data?.accountEmailChangeUndo.userErrors).toEqual([]);
    // then the old address is back, every session is over, and the link is spent
    expect((await api.graphql<{ viewer: unknown }>(VIEWER, {}, { headers: { cookie } })).body.data?.viewer).toBeNull();
    const back = await signIn(api, 'huda.before@example.org', person.password);
    const viewer = await api.graphql<{ viewer: { email: string } }>(VIEWER, {}, { headers: { cookie: back } });
    expect(viewer.body.data?.viewer.email).toBe('huda.before@example.org');
    const again = await api.graphql<{ accountEmailChangeUndo: { userErrors: { code: string }[] } }>(UNDO, {
      input: { token: notice.token },
    });
    expect(again.body.data?.accountEmailChangeUndo.userErrors).toEqual([
      { field: ['input', 'token'], code: 'INVALID_TOKEN' },
    ]);
  });
});
