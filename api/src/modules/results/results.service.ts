/**
 * The dashboard's indicators from the repository's rows: quarters filled in, cumulated, small counts suppressed with
 * secondary suppression (common/statistics): an indicator's quarters, running totals, actual and the breakdowns that
 * add up to the actual are protected together, so no withheld count is the difference of published ones.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { suppressCounts, suppressSeries } from '../../common/statistics/suppress.js';
import type { IndicatorDefinition, ResultsDimension } from './indicator.definition.js';
import { INDICATORS } from './indicators/index.js';
import { quarterOf, quarterRange } from './quarters.js';
import { ResultsRepository } from './results.repository.js';
import type { ResultsIndicator } from './results.type.js';

export function indicatorByCode(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((i) => i.code === code);
}

export async function resultsIndicators(
  em: EntityManager,
  indicators: readonly IndicatorDefinition[] = INDICATORS,
  now = new Date(),
): Promise<ResultsIndicator[]> {
  const repository = new ResultsRepository(em);
  const quarterRows = await repository.quarters(indicators);
  const breakdownRows = await repository.breakdowns(indicators);
  const current = quarterOf(now);
  const first = quarterRows.reduce((min, r) => (r.quarter < min ? r.quarter : min), current);
  const quarters = quarterRange(first, current);
  return indicators.map((indicator) => {
    const counts = new Map(quarterRows.filter((r) => r.code === indicator.code).map((r) => [r.quarter, r.n]));
    const perQuarter = quarters.map((quarter) => counts.get(quarter) ?? 0);
    // records after the current quarter (a session ending later today in another zone) still count in the actual
    const total = [...counts.values()].reduce((s, n) => s + n, 0);
    const beyond = total - perQuarter.reduce((s, n) => s + n, 0);
    const breakdownCells = indicator.dimensions.map((dimension: ResultsDimension) =>
      breakdownRows.filter((r) => r.code === indicator.code && r.dimension === String(dimension)),
    );
    // a breakdown adding up to the actual is protected with it; one with overlapping or missing values alone
    const isPartition = breakdownCells.map((rows) => rows.reduce((s, r) => s + r.n, 0) === total);
    const protectedSeries = suppressSeries(
      perQuarter,
      beyond,
      breakdownCells.filter((_, d) => isPartition[d]).map((rows) => rows.map((r) => r.n)),
    );
    let partition = 0;
    const breakdownCounts = breakdownCells.map((rows, d) =>
      isPartition[d] ? protectedSeries.partitions[partition++]! : suppressCounts(rows.map((r) => r.n)),
    );
    const series = quarters.map((quarter, k) => ({
      quarter,
      count: protectedSeries.counts[k]!,
      cumulative: protectedSeries.cumulative[k]!,
    }));
    return {
      code: indicator.code,
      name: { ar: indicator.nameAr, en: indicator.nameEn },
      definition: { ar: indicator.definitionAr, en: indicator.definitionEn },
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: indicator.target,
      actual: protectedSeries.total,
      quarters: series,
      breakdowns: indicator.dimensions.map((dimension: ResultsDimension, d) => ({
        dimension,
        cells: breakdownCells[d]!.map((r, i) => ({
          key: r.key,
          label: { ar: r.label_ar, en: r.label_en },
          count: breakdownCounts[d]![i]!,
        })),
      })),
    };
  });
}
