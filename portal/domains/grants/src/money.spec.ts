import { describe, expect, it } from 'vitest';
import { centsOf, formatMoney, typedEuros } from './money.js';

describe('grants money', () => {
  it('reads euros as people type them, in Western or Arabic-Indic digits', () => {
    expect(centsOf('1234')).toBe(123_400);
    expect(centsOf('1,234.5')).toBe(123_450);
    expect(centsOf('١٢٣٤٫٥٠')).toBe(123_450);
    expect(centsOf('')).toBe(0);
    expect(centsOf('12.345')).toBeNull();
    expect(centsOf('abc')).toBeNull();
  });

  it('writes cents back and formats amounts', () => {
    expect(typedEuros(123_450)).toBe('1234.50');
    expect(formatMoney(60_000_00, 'EUR', 'en')).toBe('€60,000');
    expect(formatMoney(46_200_000, 'JOD', 'en')).toContain('46,200');
  });
});
