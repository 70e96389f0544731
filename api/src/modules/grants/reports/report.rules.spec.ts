import { describe, expect, it } from 'vitest';
import type { BudgetLineValue, LogframeObjectiveValue } from '../grants.entities.js';
import { expenditureBreaches, expenditureVariances, indicatorBreaches } from './report.rules.js';

const budget: BudgetLineValue[] = [
  {
    category: 'STAFF',
    description: 'Coordinator',
    requestedMinor: 30_000_00,
    cofinancingMinor: 3_000_00,
    currency: 'EUR',
  },
  { category: 'ACTIVITIES', description: 'Visits', requestedMinor: 15_000_00, cofinancingMinor: 0, currency: 'EUR' },
];
const logframe: LogframeObjectiveValue[] = [
  { textAr: null, textEn: 'Visits', indicators: [{ textAr: null, textEn: 'People', baseline: '0', target: '200' }] },
];

describe('report rules', () => {
  it('accepts lines of the budget and names a line outside it, a repeated line and a negative amount', () => {
    expect(expenditureBreaches([{ budgetLine: 1, spentMinor: 5, note: null }], budget)).toEqual([]);
    const breaches = expenditureBreaches(
      [
        { budgetLine: 2, spentMinor: 1, note: null },
        { budgetLine: 0, spentMinor: -1, note: null },
        { budgetLine: 0, spentMinor: 1, note: null },
      ],
      budget,
    );
    expect(breaches.map((b) => [b.rule, b.field.join('.')])).toEqual([
      ['EXPENDITURE_LINE_NOT_IN_BUDGET', 'expenditure.0.budgetLine'],
      ['EXPENDITURE_AMOUNT_INVALID', 'expenditure.1.spentMinor'],
      ['EXPENDITURE_LINE_REPEATED', 'expenditure.2.budgetLine'],
    ]);
  });

  it('names an indicator outside the logframe', () => {
    expect(indicatorBreaches([{ objective: 0, indicator: 0, achieved: '80', comment: null }], logframe)).toEqual([]);
    expect(
      indicatorBreaches([{ objective: 0, indicator: 1, achieved: '1', comment: null }], logframe).map((b) => b.rule),
    ).toEqual(['INDICATOR_NOT_IN_LOGFRAME']);
  });

  it('gives every budget line its variance against its total cost', () => {
    expect(expenditureVariances([{ budgetLine: 0, spentMinor: 36_300_00, note: 'raise' }], budget)).toEqual([
      {
        budgetLine: 0,
        budgetedMinor: 33_000_00,
        spentMinor: 36_300_00,
        varianceMinor: 3_300_00,
        varianceBps: 1000,
        note: 'raise',
      },
      {
        budgetLine: 1,
        budgetedMinor: 15_000_00,
        spentMinor: 0,
        varianceMinor: -15_000_00,
        varianceBps: -10_000,
        note: null,
      },
    ]);
  });
});
