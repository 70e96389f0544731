import { describe, expect, it } from 'vitest';
import { ammanLocal, ammanMonth, formatDay, formatTime, fromAmman, nextMonths } from './amman-time.js';

describe('Amman time', () => {
  it('reads a wall-clock time in Amman as UTC (UTC+3 since 2022) and back', () => {
    expect(fromAmman('2026-12-15T09:00')?.toISOString()).toBe('2026-12-15T06:00:00.000Z');
    expect(ammanLocal('2026-12-15T06:00:00.000Z')).toBe('2026-12-15T09:00');
  });

  it('takes the summer time of earlier years into account', () => {
    // winter 2021: UTC+2; summer 2021: UTC+3
    expect(fromAmman('2021-01-10T10:00')?.toISOString()).toBe('2021-01-10T08:00:00.000Z');
    expect(fromAmman('2021-07-10T10:00')?.toISOString()).toBe('2021-07-10T07:00:00.000Z');
  });

  it('refuses what is not a time', () => {
    expect(fromAmman('2026-13-01T09:00')).toBeNull();
    expect(fromAmman('tomorrow')).toBeNull();
    expect(fromAmman('2026-02-30T09:00')).toBeNull();
  });

  it('gives a month as its first moments in Amman', () => {
    const month = ammanMonth('2026-12')!;
    expect(month.from.toISOString()).toBe('2026-11-30T21:00:00.000Z');
    expect(month.before.toISOString()).toBe('2026-12-31T21:00:00.000Z');
    expect(ammanMonth('2026-00')).toBeNull();
  });

  it('lists the months from now across a year end', () => {
    expect(nextMonths(new Date('2026-11-30T22:00:00Z'), 3)).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('writes days and times with Arabic-Indic digits in Arabic', () => {
    expect(formatDay('2026-12-15T06:00:00Z', 'ar')).toMatch(/الثلاثاء/);
    expect(formatDay('2026-12-15T06:00:00Z', 'ar')).toMatch(/١٥/);
    expect(formatDay('2026-12-15T06:00:00Z', 'en')).toMatch(/^Tuesday,? 15 December 2026$/);
    expect(formatTime('2026-12-15T06:00:00Z', 'en')).toBe('09:00');
    expect(formatTime('2026-12-15T06:00:00Z', 'ar')).toMatch(/٠٩:٠٠|٩:٠٠/);
  });
});
