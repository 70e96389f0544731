import { describe, expect, it } from 'vitest';
import { direction, formatDateTime, formatNumber, localized, switchLocalePath } from './i18n.js';

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
