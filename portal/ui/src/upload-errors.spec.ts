import { describe, expect, it } from 'vitest';
import { uploadRefusalText } from './upload-errors.js';

const problem = (reason: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message: 'the English message of the API', extensions: { code: 'BAD_USER_INPUT', reason, ...extra } }],
});

describe('upload refusals in the reader’s words (issue 13 item 29)', () => {
  it('words every reason code in Arabic, with Arabic-Indic numbers, and never shows the API’s English', () => {
    const cases: [number, string, Record<string, unknown>][] = [
      [413, 'FILE_TOO_LARGE', { maxBytes: 2 * 1024 * 1024 }],
      [415, 'FILE_TYPE', {}],
      [422, 'FILE_DIMENSIONS', { maxSide: 4096 }],
      [422, 'FILE_UNREADABLE', {}],
      [400, 'FILE_EMPTY', {}],
      [413, 'QUOTA_EXCEEDED', {}],
      [429, 'RATE_LIMITED', {}],
    ];
    for (const [status, reason, extra] of cases) {
      const text = uploadRefusalText(status, problem(reason, extra), 'ar', 'image', 5 * 1024 * 1024);
      expect(text).toMatch(/[\u0600-\u06FF]/);
      expect(text).not.toContain('English');
      expect(text).not.toMatch(/\d/);
    }
    expect(uploadRefusalText(422, problem('FILE_DIMENSIONS', { maxSide: 4096 }), 'ar', 'image', 0)).toContain('٤٬٠٩٦');
    expect(
      uploadRefusalText(413, problem('FILE_TOO_LARGE', { maxBytes: 2 * 1024 * 1024 }), 'en', 'image', 0),
    ).toContain('2 MB');
  });

  it('names the accepted types of the form, and reads an answer without a reason by its status', () => {
    expect(uploadRefusalText(415, problem('FILE_TYPE'), 'en', 'image', 0)).toBe(
      'The file must be a PNG, JPEG or WebP image.',
    );
    expect(uploadRefusalText(415, problem('FILE_TYPE'), 'en', 'document', 0)).toBe(
      'The file must be a PDF, PNG or JPEG document.',
    );
    expect(uploadRefusalText(413, { errors: [{ message: 'x' }] }, 'en', 'document', 5 * 1024 * 1024)).toContain('5 MB');
  });
});
