import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorFields, userErrorOf } from '../../common/errors/user-error.js';
import { LocalizedText } from '../../common/i18n/localized-text.type.js';

export enum AccountErrorCode {
  NAME_REQUIRED = 'NAME_REQUIRED',
  INVALID_EMAIL = 'INVALID_EMAIL',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  NOT_FOUND = 'NOT_FOUND',
  LIMIT_REACHED = 'LIMIT_REACHED',
  NOT_A_SESSION = 'NOT_A_SESSION',
  LAST_OWNER = 'LAST_OWNER',
}
registerEnumType(AccountErrorCode, {
  name: 'AccountErrorCode',
  description: 'Why an account mutation did not do what was asked.',
  valuesConfig: {
    NAME_REQUIRED: { description: 'Give a name (spaces alone are not one).' },
    INVALID_EMAIL: { description: 'Not an email address.' },
    WEAK_PASSWORD: { description: 'At least 12 characters, not a common password, not your email or name.' },
    INVALID_CREDENTIALS: { description: 'Wrong email or password (the same answer for an unknown email).' },
    EMAIL_NOT_VERIFIED: { description: 'Confirm the email address first: a new link was sent.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many wrong passwords: wait retryAfterSeconds.' },
    INVALID_TOKEN: { description: 'The link is wrong, expired or already used.' },
    NOT_FOUND: { description: 'No such item among yours.' },
    LIMIT_REACHED: { description: 'You already have as many as allowed.' },
    NOT_A_SESSION: { description: 'Only a signed-in browser session can do this (not an API token).' },
    LAST_OWNER: {
      description:
        'You are the only owner of an organisation that has other members: make one of them owner first (the message names it).',
    },
  },
});

@ObjectType('AccountError', {
  implements: UserError,
  description: 'An expected failure of an account mutation, next to the input field it concerns.',
})
export class AccountError extends UserErrorFields('AccountError', AccountErrorCode) {
  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_ATTEMPTS: seconds to wait.' })
  retryAfterSeconds?: number | null;

  @Field(() => [LocalizedText], {
    nullable: true,
    description:
      'With LAST_OWNER: the organisations concerned, by their names in Arabic and English, for a client to name them in its own language.',
  })
  organizationNames?: LocalizedText[] | null;
}

const makeAccountError = userErrorOf(AccountError);

export function accountError(
  code: AccountErrorCode,
  message: string,
  field: string | null,
  retryAfterSeconds?: number,
  organizationNames?: LocalizedText[],
): AccountError {
  return makeAccountError(code, message, field, {
    retryAfterSeconds: retryAfterSeconds ?? null,
    organizationNames: organizationNames ?? null,
  });
}

/** A password check that failed: wrong (naming the field), or refused unchecked with the time to wait. */
export function passwordCheckError(retryAfterSeconds: number | null, field = 'password'): AccountError {
  return retryAfterSeconds === null
    ? accountError(AccountErrorCode.INVALID_CREDENTIALS, 'wrong password', field)
    : accountError(AccountErrorCode.TOO_MANY_ATTEMPTS, `try again in ${retryAfterSeconds} s`, null, retryAfterSeconds);
}

/** The code of an error thrown by a Better Auth function (its `APIError`), if it is one. */
export function betterAuthCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'body' in error) {
    const body = (error as { body?: { code?: unknown } }).body;
    return typeof body?.code === 'string' ? body.code : undefined;
  }
  return undefined;
}
