import { describe, expect, it } from 'vitest';
import { ammanLocalInput, fromAmmanLocal, timeRange } from './matchmaking-times.js';

describe('matchmaking times', () => {
  it('reads a datetime-local value as Amman time (UTC+3) and writes it back', () => {
    const instant = fromAmmanLocal('2026-12-24T09:00');
    expect(instant?.toISOString()).toBe('2026-12-24T06:00:00.000Z');
    expect(ammanLocalInput(instant!)).toBe('2026-12-24T09:00');
    expect(fromAmmanLocal('not a time')).toBeNull();
  });

  it('shows a slot in Amman time, with Arabic-Indic digits in Arabic', () => {
    const start = '2026-12-24T06:00:00.000Z';
    const end = '2026-12-24T06:30:00.000Z';
    expect(timeRange(start, end, 'en').replace(/\s/g, '')).toBe('09:00–09:30');
    const ar = timeRange(start, end, 'ar');
    expect(ar).toMatch(/٠٩:٣٠/);
    expect(ar.indexOf('٠٩:٠٠')).toBeLessThan(ar.indexOf('٠٩:٣٠'));
  });
});
