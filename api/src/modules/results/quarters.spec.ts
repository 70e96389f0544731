import { describe, expect, it } from 'vitest';
import { quarterOf, quarterRange } from './quarters.js';

describe('quarters in Asia/Amman', () => {
  it('puts the evening of 31 December UTC in the next year, as Amman (UTC+3) sees it', () => {
    expect(quarterOf(new Date('2026-12-31T20:59:59Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-12-31T21:00:00Z'))).toBe('2027-Q1');
    expect(quarterOf(new Date('2026-06-30T21:30:00Z'))).toBe('2026-Q3');
  });

  it('lists the quarters between two, across a year', () => {
    expect(quarterRange('2026-Q3', '2027-Q2')).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quarterRange('2027-Q1', '2026-Q4')).toEqual(['2026-Q4']);
  });
});
