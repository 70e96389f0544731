/** The dashboard's indicators from the repository's rows: quarters filled in, cumulated, small counts suppressed. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { suppressSmallCount } from '../../common/statistics/suppress.js';
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
    let running = 0;
    const series = quarters.map((quarter) => {
      const n = counts.get(quarter) ?? 0;
      running += n;
      return { quarter, count: suppressSmallCount(n), cumulative: suppressSmallCount(running) };
    });
    // records after the current quarter (a session ending later today in another zone) still count in the actual
    const total = [...counts.values()].reduce((s, n) => s + n, 0);
    return {
      code: indicator.code,
      name: { ar: indicator.nameAr, en: indicator.nameEn },
      definition: { ar: indicator.definitionAr, en: indicator.definitionEn },
      unit: indicator.unit,
      baseline: indicator.baseline,
      target: indicator.target,
      actual: suppressSmallCount(total),
      quarters: series,
      breakdowns: indicator.dimensions.map((dimension: ResultsDimension) => ({
        dimension,
        cells: breakdownRows
          .filter((r) => r.code === indicator.code && r.dimension === String(dimension))
          .map((r) => ({ key: r.key, label: { ar: r.label_ar, en: r.label_en }, count: suppressSmallCount(r.n) })),
      })),
    };
  });
}
