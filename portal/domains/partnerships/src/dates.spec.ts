import { describe, expect, it } from 'vitest';
import { ammanDay, endOfAmmanDay } from './dates.js';

describe('expiry days in Amman', () => {
  it('ends a day at 23:59 in Amman (UTC+3), which is 20:59 UTC', () => {
    expect(endOfAmmanDay('2027-03-10')?.toISOString()).toBe('2027-03-10T20:59:00.000Z');
  });
  it('reads the day back in Amman', () => {
    expect(ammanDay('2027-03-10T20:59:00.000Z')).toBe('2027-03-10');
    expect(ammanDay('2027-03-10T21:30:00.000Z')).toBe('2027-03-11');
  });
  it('refuses what is not a date', () => {
    expect(endOfAmmanDay('2027-02-30')).toBeNull();
    expect(endOfAmmanDay('tomorrow')).toBeNull();
  });
});
