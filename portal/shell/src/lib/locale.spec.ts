import { describe, expect, it } from 'vitest';
import { localeOfPath, preferredLocale } from './locale.js';

describe('locale', () => {
  it('reads the locale from the first path segment only', () => {
    expect(localeOfPath('/en/training')).toBe('en');
    expect(localeOfPath('/ar')).toBe('ar');
    expect(localeOfPath('/fr/x')).toBeUndefined();
    expect(localeOfPath('/training/en')).toBeUndefined();
  });

  it('follows the browser preference, defaulting to Arabic', () => {
    expect(preferredLocale('en-GB,en;q=0.9,ar;q=0.8')).toBe('en');
    expect(preferredLocale('fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4')).toBe('ar');
    expect(preferredLocale('de')).toBe('ar');
    expect(preferredLocale(null)).toBe('ar');
    expect(preferredLocale('en;q=0, ar;q=0.1')).toBe('ar');
  });
});
