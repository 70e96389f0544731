/**
 * The rules of a report's content, without the database: expenditure only on lines of the application's budget
 * (each line at most once, amounts whole and not negative), indicator results only for indicators of the logframe,
 * and the variance of each line against its budget.
 */
import type { BudgetLineValue, LogframeObjectiveValue } from '../grants.entities.js';
import type { ReportExpenditureValue, ReportIndicatorResultValue } from './report.entities.js';

export type ReportRule =
  | 'EXPENDITURE_LINE_NOT_IN_BUDGET'
  | 'EXPENDITURE_LINE_REPEATED'
  | 'EXPENDITURE_AMOUNT_INVALID'
  | 'INDICATOR_NOT_IN_LOGFRAME'
  | 'INDICATOR_REPEATED';

export interface ReportRuleBreach {
  rule: ReportRule;
  message: string;
  /** The path below `input`, e.g. ['expenditure', '2', 'budgetLine']. */
  field: string[];
}

const MAX_MINOR = 2_000_000_000;

export function expenditureBreaches(
  lines: readonly ReportExpenditureValue[],
  budget: readonly BudgetLineValue[],
): ReportRuleBreach[] {
  const breaches: ReportRuleBreach[] = [];
  const seen = new Set<number>();
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.budgetLine) || line.budgetLine < 0 || line.budgetLine >= budget.length) {
      breaches.push({
        rule: 'EXPENDITURE_LINE_NOT_IN_BUDGET',
        message: `expenditure line ${line.budgetLine} is not a line of the application's budget (lines 0 to ${budget.length - 1})`,
        field: ['expenditure', String(i), 'budgetLine'],
      });
    } else if (seen.has(line.budgetLine)) {
      breaches.push({
        rule: 'EXPENDITURE_LINE_REPEATED',
        message: `budget line ${line.budgetLine} is reported twice`,
        field: ['expenditure', String(i), 'budgetLine'],
      });
    }
    seen.add(line.budgetLine);
    if (!Number.isSafeInteger(line.spentMinor) || line.spentMinor < 0 || line.spentMinor > MAX_MINOR) {
      breaches.push({
        rule: 'EXPENDITURE_AMOUNT_INVALID',
        message: 'an amount spent is a whole number of minor units, 0 or more',
        field: ['expenditure', String(i), 'spentMinor'],
      });
    }
  });
  return breaches;
}

export function indicatorBreaches(
  results: readonly ReportIndicatorResultValue[],
  logframe: readonly LogframeObjectiveValue[],
): ReportRuleBreach[] {
  const breaches: ReportRuleBreach[] = [];
  const seen = new Set<string>();
  results.forEach((r, i) => {
    const key = `${r.objective}/${r.indicator}`;
    if (!logframe[r.objective]?.indicators[r.indicator]) {
      breaches.push({
        rule: 'INDICATOR_NOT_IN_LOGFRAME',
        message: `objective ${r.objective}, indicator ${r.indicator} is not an indicator of the logframe`,
        field: ['indicatorResults', String(i)],
      });
    } else if (seen.has(key)) {
      breaches.push({
        rule: 'INDICATOR_REPEATED',
        message: `objective ${r.objective}, indicator ${r.indicator} is reported twice`,
        field: ['indicatorResults', String(i)],
      });
    }
    seen.add(key);
  });
  return breaches;
}

/** A budget line with what was spent on it and the variance (spent minus budgeted; positive: overspent). */
export interface ExpenditureVariance {
  budgetLine: number;
  budgetedMinor: number;
  spentMinor: number;
  varianceMinor: number;
  /** The variance as a share of the budgeted amount, in basis points (null when nothing was budgeted). */
  varianceBps: number | null;
  note: string | null;
}

/**
 * Every line of the budget (reported or not: an unreported line spent 0), budgeted at its total cost (requested
 * from the programme plus co-financing).
 */
export function expenditureVariances(
  lines: readonly ReportExpenditureValue[],
  budget: readonly BudgetLineValue[],
): ExpenditureVariance[] {
  return budget.map((b, index) => {
    const reported = lines.find((l) => l.budgetLine === index);
    const budgetedMinor = b.requestedMinor + b.cofinancingMinor;
    const spentMinor = reported?.spentMinor ?? 0;
    const varianceMinor = spentMinor - budgetedMinor;
    return {
      budgetLine: index,
      budgetedMinor,
      spentMinor,
      varianceMinor,
      varianceBps: budgetedMinor === 0 ? null : Math.round((varianceMinor * 10_000) / budgetedMinor),
      note: reported?.note ?? null,
    };
  });
}
