import { describe, expect, it } from 'vitest';
import { fieldErrors, formValues, safeNext } from './forms.js';

describe('forms', () => {
  it('puts each userError next to its field, in the reader language, the first one winning', () => {
    const errors = [
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'not an email address' },
      { field: ['input', 'email'], code: 'NAME_REQUIRED', message: 'second' },
      { field: null, code: 'TOO_MANY_ATTEMPTS', message: 'wait', retryAfterSeconds: 12 },
      { field: ['input', 'foundingYear'], code: 'INVALID_VALUE', message: 'must be from 1900 to 2026' },
      { field: ['input', 'x'], code: 'SOMETHING_NEW', message: 'the API says why' },
    ];
    expect(fieldErrors(errors, 'en')).toEqual({
      email: 'This is not an email address.',
      _form: 'Too many attempts. Wait 12 seconds and try again.',
      foundingYear: 'The value is not accepted: must be from 1900 to 2026',
      x: 'the API says why',
    });
    expect(fieldErrors(errors, 'ar')._form).toBe('محاولات كثيرة. انتظر ١٢ ثانية ثم حاول مجددًا.');
  });

  it('keeps what was typed except passwords', () => {
    const data = new FormData();
    data.set('email', 'a@example.org');
    data.set('password', 'secret secret secret');
    data.append('sectors', 'HEALTH');
    data.append('sectors', 'EDUCATION');
    expect(formValues(data)).toEqual({ email: 'a@example.org', sectors: 'HEALTH\nEDUCATION' });
  });

  it('only follows next within the portal', () => {
    expect(safeNext('/en/account', '/ar')).toBe('/en/account');
    expect(safeNext('//evil.example', '/ar')).toBe('/ar');
    expect(safeNext('https://evil.example', '/ar')).toBe('/ar');
    expect(safeNext('/\\evil.example', '/ar')).toBe('/ar');
  });
});
