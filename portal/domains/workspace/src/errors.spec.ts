import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrors } from './errors.js';
import type { UserError } from '@shabaka/ui';

describe('account error words', () => {
  it('translates the codes of the account modules and names the founding years', () => {
    const errors = [
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'not an email address' },
      { field: ['input', 'foundingYear'], code: 'INVALID_VALUE', message: 'must be from 1900 to 2026' },
      { field: ['input', 'x'], code: 'SOMETHING_NEW', message: 'the API says why' },
    ];
    expect(fieldErrors(errors, 'en')).toEqual({
      email: 'This is not an email address.',
      foundingYear: `Enter a year from 1900 to ${new Date().getFullYear()}.`,
      x: 'the API says why',
    });
  });

  it('says every known error in Arabic without English inside', () => {
    const arabic = (error: UserError) => errorMessage(error, 'ar');
    for (const field of ['foundingYear', 'staffCount', 'volunteerCount', 'website', 'somethingElse']) {
      const message = arabic({ field: ['input', field], code: 'INVALID_VALUE', message: 'must be from 1900 to 2026' });
      // addresses inside are isolated left-to-right runs; the sentence around them is Arabic
      expect(message.replace(/\u2068[^\u2069]*\u2069/g, ''), field).not.toMatch(/[A-Za-z]/);
    }
    expect(arabic({ field: null, code: 'LAST_OWNER', message: 'last owner' })).not.toMatch(/[A-Za-z]/);
  });
});
