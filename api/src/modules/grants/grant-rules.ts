/** Pure rules of grants' money: conversions and totals (no database). */
import type { BudgetLineValue } from './grants.entities.js';

/**
 * An amount in the call currency's minor units (cents) as JOD fils at a rate in millionths of a dinar per unit:
 * cents × rate / 10^6 dinars per unit × 1000 fils / 100 cents = cents × rate / 10^5, rounded half up.
 */
export function jodOf(minor: number, rateMicros: number): number {
  return Number((BigInt(minor) * BigInt(rateMicros) + 50_000n) / 100_000n);
}

export interface BudgetTotals {
  requested: number;
  cofinancing: number;
  /** Co-financing share of the total cost, in basis points, rounded down. */
  cofinancingBps: number;
}

export function budgetTotals(
  lines: readonly Pick<BudgetLineValue, 'requestedMinor' | 'cofinancingMinor'>[],
): BudgetTotals {
  const requested = lines.reduce((sum, l) => sum + l.requestedMinor, 0);
  const cofinancing = lines.reduce((sum, l) => sum + l.cofinancingMinor, 0);
  const total = requested + cofinancing;
  return { requested, cofinancing, cofinancingBps: total === 0 ? 0 : Math.floor((cofinancing * 10_000) / total) };
}

/** Whether the co-financing reaches the rate (basis points) of the total cost, compared exactly in integers. */
export function meetsCofinancing(totals: BudgetTotals, rateBps: number): boolean {
  return totals.cofinancing * 10_000 >= (totals.requested + totals.cofinancing) * rateBps;
}

/** The receipt number of the n-th submission of a year: G-2026-000042. */
export const receiptNumber = (year: number, n: number): string => `G-${year}-${String(n).padStart(6, '0')}`;
