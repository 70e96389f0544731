import { describe, expect, it } from 'vitest';
import { budgetTotals, jodOf, meetsCofinancing, receiptNumber } from './grant-rules.js';

describe('grant rules', () => {
  it('converts cents to fils at a rate in millionths, rounding half up', () => {
    expect(jodOf(100, 770_000)).toBe(770); // 1 EUR = 0.770 JOD
    expect(jodOf(5_000_000_00, 709_500)).toBe(3_547_500_000); // above 2^31: GrantAmount is a SafeInt
    expect(jodOf(1, 1_500_000)).toBe(15);
    expect(jodOf(1, 50_000)).toBe(1); // 0.5 fils rounds up
    expect(jodOf(1, 49_999)).toBe(0);
  });

  it('adds the budget and measures the co-financing exactly', () => {
    const totals = budgetTotals([
      { requestedMinor: 90_000_00, cofinancingMinor: 5_000_00 },
      { requestedMinor: 0, cofinancingMinor: 5_000_00 },
    ]);
    expect(totals).toEqual({ requested: 90_000_00, cofinancing: 10_000_00, cofinancingBps: 1000 });
    expect(meetsCofinancing(totals, 1000)).toBe(true);
    expect(meetsCofinancing(totals, 1001)).toBe(false);
    expect(budgetTotals([])).toEqual({ requested: 0, cofinancing: 0, cofinancingBps: 0 });
  });

  it('numbers receipts G-YYYY-NNNNNN', () => {
    expect(receiptNumber(2026, 42)).toBe('G-2026-000042');
  });
});
