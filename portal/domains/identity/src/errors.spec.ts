import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrors } from './errors.js';

describe('identity error words', () => {
  it('translates the codes of the accounts module, next to their fields', () => {
    const errors = [
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'not an email address' },
      { field: ['input', 'password'], code: 'WEAK_PASSWORD', message: 'too weak' },
      { field: null, code: 'INVALID_CREDENTIALS', message: 'wrong' },
    ];
    expect(fieldErrors(errors, 'en')).toEqual({
      email: 'This is not an email address.',
      password: 'The password is too weak: at least 12 characters, not a common one, without your email or name.',
      _form: 'Wrong email or password.',
    });
  });

  it('says them in Arabic without English inside', () => {
    for (const code of [
      'EMAIL_NOT_VERIFIED',
      'INVALID_CREDENTIALS',
      'INVALID_TOKEN',
      'WEAK_PASSWORD',
      'NOT_A_SESSION',
    ]) {
      expect(errorMessage({ field: null, code, message: 'English' }, 'ar'), code).not.toMatch(/[A-Za-z]/);
    }
  });
});
