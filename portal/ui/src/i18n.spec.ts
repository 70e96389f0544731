import { describe, expect, it } from 'vitest';
import { direction, formatDateTime, formatFileSize, formatNumber, localized, switchLocalePath } from './i18n.js';

describe('i18n', () => {
  it('lays Arabic out right to left and English left to right', () => {
    expect(direction('ar')).toBe('rtl');
    expect(direction('en')).toBe('ltr');
  });

  it('shows times in Asia/Amman whatever the server time zone', () => {
    // 2026-06-01T21:30Z is 00:30 on 2 June in Amman (UTC+3)
    expect(formatDateTime('2026-06-01T21:30:00Z', 'en')).toBe('2 June 2026 at 00:30');
  });

  it('writes numbers with Arabic-Indic digits in Arabic', () => {
    expect(formatNumber(6000, 'ar')).toBe('٦٬٠٠٠');
    expect(formatNumber(6000, 'en')).toBe('6,000');
  });

  it('writes whole numbers exactly as Intl does, without building an Intl formatter', () => {
    const samples = [0, 7, 12, 999, 1000, 6000, 12345, 999999, 1000000, 1234567890, -1, -1234];
    for (const locale of ['ar', 'en'] as const) {
      const intl = new Intl.NumberFormat(locale === 'ar' ? 'ar-JO' : 'en-GB');
      expect(samples.map((n) => formatNumber(n, locale))).toEqual(samples.map((n) => intl.format(n)));
    }
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });

  it("writes file sizes in the reader's language", () => {
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
    expect(formatFileSize(5 * 1024 * 1024, 'ar')).toBe('٥ ميغابايت');
    expect(formatFileSize(4.9 * 1024 * 1024, 'en')).toBe('4.9 MB');
    expect(formatFileSize(120 * 1024, 'ar')).toBe('١٢٠ كيلوبايت');
  });

  it('falls back to the other language and says which one it used', () => {
    expect(localized({ ar: 'شبكة', en: null }, 'en')).toEqual({ text: 'شبكة', lang: 'ar' });
    expect(localized({ ar: null, en: null }, 'en')).toBeUndefined();
  });

  it('keeps the path when switching language', () => {
    expect(switchLocalePath('/ar/training', 'en')).toBe('/en/training');
    expect(switchLocalePath('/en', 'ar')).toBe('/ar');
    expect(switchLocalePath('/', 'en')).toBe('/en/');
  });
});
