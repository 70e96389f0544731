import { describe, expect, it } from 'vitest';
import { act, formErrors, formValues, isolated, required, safeNext, type FormEvent } from './index.js';
import { ApiUnavailableError } from '@shabaka/graphql';

const words = formErrors({
  codes: { INVALID_EMAIL: () => 'This is not an email address.' },
  invalidValue: (field) => (field === 'year' ? 'Enter a year.' : undefined),
});

describe('forms', () => {
  it('puts each userError next to its field, in the reader language, the first one winning', () => {
    const errors = [
      { field: ['input', 'email'], code: 'INVALID_EMAIL', message: 'not an email address' },
      { field: ['input', 'email'], code: 'NAME_REQUIRED', message: 'second' },
      { field: null, code: 'TOO_MANY_ATTEMPTS', message: 'wait', retryAfterSeconds: 12 },
      { field: ['input', 'year'], code: 'INVALID_VALUE', message: 'must be from 1900 to 2026' },
      { field: ['input', 'count'], code: 'INVALID_VALUE', message: 'must be a whole number' },
      { field: ['input', 'x'], code: 'SOMETHING_NEW', message: 'the API says why' },
      { field: ['input', 'token'], code: 'SOMETHING_NEW', message: 'renamed' },
    ];
    expect(words.fieldErrors(errors, 'en', { token: '_form' })).toEqual({
      email: 'This is not an email address.',
      _form: 'Too many attempts. Wait 12 seconds and try again.',
      year: 'Enter a year.',
      count: 'This value is not accepted.',
      x: 'the API says why',
    });
    expect(words.fieldErrors(errors, 'ar')._form).toBe('محاولات كثيرة. انتظر ١٢ ثانية ثم حاول مجددًا.');
    expect(words.fieldErrors(errors, 'ar').count).toBe('هذه القيمة غير مقبولة.');
  });

  it('counts seconds with the Arabic plural', () => {
    const wait = (seconds: number, locale: 'ar' | 'en' = 'ar') =>
      words.errorMessage(
        { field: null, code: 'TOO_MANY_ATTEMPTS', message: 'wait', retryAfterSeconds: seconds },
        locale,
      );
    expect(wait(5)).toContain('٥ ثوانٍ');
    expect(wait(1)).toContain('ثانية واحدة');
    expect(wait(2)).toContain('ثانيتين');
    expect(wait(30)).toContain('٣٠ ثانية');
    expect(wait(1, 'en')).toContain('Wait 1 second ');
  });

  it('isolates an address inside a sentence, so Arabic text does not reorder it', () => {
    expect(isolated('https://example.org')).toBe('\u2068https://example.org\u2069');
  });

  it('keeps what was typed except passwords, and names the empty required fields', () => {
    const data = new FormData();
    data.set('email', 'a@example.org');
    data.set('password', 'secret secret secret');
    data.append('sectors', 'HEALTH');
    data.append('sectors', 'EDUCATION');
    data.set('name', '  ');
    expect(formValues(data)).toEqual({ email: 'a@example.org', sectors: 'HEALTH\nEDUCATION', name: '  ' });
    expect(required('en', data, ['email', 'name', 'missing'])).toEqual({
      name: 'This field is required.',
      missing: 'This field is required.',
    });
  });

  it('only follows next within the portal', () => {
    expect(safeNext('/en/account', '/ar')).toBe('/en/account');
    expect(safeNext('//evil.example', '/ar')).toBe('/ar');
    expect(safeNext('https://evil.example', '/ar')).toBe('/ar');
    expect(safeNext('/\\evil.example', '/ar')).toBe('/ar');
  });

  it('answers a down API with the form as typed (503) and a body over the limit in words (413)', async () => {
    const event = (body: () => Promise<FormData>): FormEvent => ({
      locals: { locale: 'en', files: { maxBytes: 10 * 1024 * 1024 } },
      request: { formData: body } as unknown as Request,
    });
    const data = new FormData();
    data.set('email', 'a@example.org');
    const down = await act(
      'signIn',
      event(() => Promise.resolve(data)),
      () => {
        throw new ApiUnavailableError('down');
      },
    );
    expect(down).toMatchObject({ status: 503, data: { form: 'signIn', values: { email: 'a@example.org' } } });
    const tooLarge = await act(
      'evidence',
      event(() => Promise.reject(Object.assign(new Error('too large'), { status: 413 }))),
      () => Promise.resolve({ form: 'evidence', values: {}, errors: {} }),
    );
    expect(tooLarge).toMatchObject({ status: 413, data: { form: 'evidence' } });
    expect(JSON.stringify(tooLarge)).toContain('larger than 10');
  });
});
