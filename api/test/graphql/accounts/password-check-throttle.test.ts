/**
 * Every password check (sign-in, account erasure) is counted before the password is looked at, atomically: a burst of
 * concurrent guesses gets no more evaluations than the limit (3 per 10 s per account), whatever their timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../support/api.js';
import { createTestPerson, SIGN_IN, signIn } from '../../support/accounts.js';

interface Answer {
  viewer?: unknown;
  userErrors: { code: string; retryAfterSeconds: number | null }[];
}

const ERASE = /* GraphQL */ `
  mutation Erase($input: AccountEraseInput!) {
    accountErase(input: $input) {
      userErrors {
        code
        retryAfterSeconds
      }
    }
  }
`;

/** How many of the answers were evaluated (the password was checked) and how many were refused unchecked. */
function tally(answers: Answer[]): { evaluated: number; refused: number; signedIn: number } {
  const codes = answers.map((a) => a.userErrors[0]?.code ?? 'OK');
  return {
    evaluated: codes.filter((c) => c === 'INVALID_CREDENTIALS' || c === 'OK').length,
    refused: codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length,
    signedIn: codes.filter((c) => c === 'OK').length,
  };
}

describe('password checks are throttled atomically, before the check', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  const signInAnswer = async (email: string, password: string): Promise<Answer> =>
    (await api.graphql<{ sessionCreate: Answer }>(SIGN_IN, { input: { email, password } })).body.data!.sessionCreate;

  it('evaluates at most 3 of 20 concurrent wrong passwords for one account', async () => {
    const person = await createTestPerson(api);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInAnswer(person.email, `wrong password number ${i}`)),
    );
    expect(tally(answers)).toEqual({ evaluated: 3, refused: 17, signedIn: 0 });
    for (const answer of answers.filter((a) => a.userErrors[0]?.code === 'TOO_MANY_ATTEMPTS')) {
      expect(answer.userErrors[0]!.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('evaluates at most 3 of a burst of 19 wrong passwords and the right one', async () => {
    const person = await createTestPerson(api);
    const answers = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => signInAnswer(person.email, `wrong password number ${i}`)),
      signInAnswer(person.email, person.password),
    ]);
    const { evaluated, refused } = tally(answers);
    expect(evaluated).toBeLessThanOrEqual(3);
    expect(evaluated + refused).toBe(20);
  });

  it('evaluates at most 3 of 8 concurrent wrong passwords for an erasure, and erases nothing', async () => {
    const person = await createTestPerson(api);
    const cookie = await signIn(api, person.email, person.password);
    const answers = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const response = await api.graphql<{ accountErase: Answer }>(
          ERASE,
          { input: { password: `not my password ${i}` } },
          { headers: { cookie } },
        );
        return response.body.data!.accountErase;
      }),
    );
    expect(tally(answers)).toEqual({ evaluated: 3, refused: 5, signedIn: 0 });
    // the wrong guesses count against sign-in too: the account's budget is one
    expect((await signInAnswer(person.email, person.password)).userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
