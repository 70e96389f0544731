import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrors, formValues, isolated, safeNext, type UserError } from './forms.js';

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
      foundingYear: `Enter a year from 1900 to ${new Date().getFullYear()}.`,
      x: 'the API says why',
    });
    expect(fieldErrors(errors, 'ar')._form).toBe('محاولات كثيرة. انتظر ١٢ ثانية ثم حاول مجددًا.');
  });

  it('says every known error in Arabic without English inside, and counts seconds with the Arabic plural', () => {
    const arabic = (error: UserError) => errorMessage(error, 'ar');
    for (const field of ['foundingYear', 'staffCount', 'volunteerCount', 'website', 'somethingElse']) {
      const message = arabic({ field: ['input', field], code: 'INVALID_VALUE', message: 'must be from 1900 to 2026' });
      // addresses inside are isolated left-to-right runs; the sentence around them is Arabic
      expect(message.replace(/\u2068[^\u2069]*\u2069/g, ''), field).not.toMatch(/[A-Za-z]/);
    }
    const wait = (seconds: number) =>
      arabic({ field: null, code: 'TOO_MANY_ATTEMPTS', message: 'wait', retryAfterSeconds: seconds });
    expect(wait(5)).toContain('٥ ثوانٍ');
    expect(wait(1)).toContain('ثانية واحدة');
    expect(wait(2)).toContain('ثانيتين');
    expect(wait(30)).toContain('٣٠ ثانية');
    expect(
      errorMessage({ field: null, code: 'TOO_MANY_ATTEMPTS', message: 'w', retryAfterSeconds: 1 }, 'en'),
    ).toContain('Wait 1 second ');
  });

  it('isolates an address inside a sentence, so Arabic text does not reorder it', () => {
    expect(isolated('https://example.org')).toBe('\u2068https://example.org\u2069');
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

describe('LAST_OWNER names the organisation in the reader’s language (issue 13 item 29)', () => {
  const error = {
    code: 'LAST_OWNER',
    message: 'you are the only owner of "Amal Society": make another of its members owner first',
    field: ['input', 'userId'],
    organizationNames: [
      { ar: 'جمعية الأمل', en: 'Amal Society' },
      { ar: null, en: 'Sanabel Network' },
    ],
  };
  it('in Arabic, with the Arabic names and the English one isolated, joined as Arabic joins a list', () => {
    const text = errorMessage(error, 'ar');
    expect(text).toContain('\u2068جمعية الأمل\u2069');
    expect(text).toContain('\u2068Sanabel Network\u2069');
    expect(text).toContain(' و');
    expect(text).not.toContain('only owner');
  });
  it('in English, with the English names', () => {
    expect(errorMessage(error, 'en')).toBe(
      '\u2068Amal Society\u2069 and \u2068Sanabel Network\u2069 must keep at least one owner: make another member owner first.',
    );
  });
});
