import { expect } from 'vitest';
import type { TestApi } from './api.js';
import { recentEmails, type OutboxEmail } from '../../src/common/email/email-outbox.js';
import { createPerson, type NewPerson } from '../../src/modules/accounts/people.js';

let counter = 0;

/** A verified person with a password (and roles or memberships when given). */
export async function createTestPerson(
  api: TestApi,
  overrides: Partial<NewPerson> = {},
): Promise<{ id: string; email: string; password: string }> {
  counter += 1;
  const person = {
    name: `Person ${counter}`,
    email: `person${counter}-${Date.now()}@example.org`,
    password: 'olive trees by the dead sea',
    ...overrides,
  };
  const id = await createPerson(api.orm.em.getKnex(), person);
  return { id, email: person.email.toLowerCase(), password: person.password };
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      viewer {
        uuid
        email
        roles
        credential
      }
      userErrors {
        field
        code
        message
        retryAfterSeconds
      }
    }
  }
`;

/** Signs in over HTTP and returns the Cookie header that carries the session. */
export async function signIn(api: TestApi, email: string, password: string): Promise<string> {
  const response = await api.graphql<{ sessionCreate: { userErrors: unknown[] } }>(SIGN_IN, {
    input: { email, password },
  });
  if (response.body.data?.sessionCreate.userErrors.length) {
    throw new Error(JSON.stringify(response.body.data.sessionCreate.userErrors));
  }
  return cookieOf(response.headers);
}

/** The Cookie header a browser would send back after this response. */
export function cookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

/** The emails sent to `recipient`, newest first, each with the token of its link. */
export async function emailsTo(api: TestApi, recipient: string): Promise<(OutboxEmail & { token: string | null })[]> {
  return (await recentEmails(api.orm.em.fork(), 200))
    .filter((e) => e.recipient === recipient)
    .map((email) => {
      const token = /[?&]token=([^\s&]+)/.exec(email.text)?.[1];
      return { ...email, token: token ? decodeURIComponent(token) : null };
    });
}

/**
 * The newest email sent to `recipient` (of `kind` when given), and the token of its link; waits for it, since some
 * emails are written by a job after the request has been answered (password reset links).
 */
export async function lastEmailTo(
  api: TestApi,
  recipient: string,
  kind?: string,
): Promise<OutboxEmail & { token: string | null }> {
  let found: (OutboxEmail & { token: string | null }) | undefined;
  await expect
    .poll(
      async () => {
        found = (await emailsTo(api, recipient)).find((e) => !kind || e.kind === kind);
        return found !== undefined;
      },
      { message: `an email to ${recipient}` },
    )
    .toBe(true);
  return found!;
}

export const VIEWER = /* GraphQL */ `
  query Viewer {
    viewer {
      uuid
      name
      email
      emailVerified
      roles
      credential
    }
  }
`;
